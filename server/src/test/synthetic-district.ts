/**
 * A second, made-up district profile for tests: a 3 km × 2 km rectangle far from Beijing
 * (code 990101, 试验区), two streets and four communities. Written to a folder like any real
 * profile, so it goes through the same loader and seeder as the demo district.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SYNTHETIC = {
  code: '990101',
  name: '试验区',
  /** West and east halves: street 001 around lng 100.01, street 002 around lng 100.03. */
  streets: [
    { code: '990101001', name: '东湖街道', lng: 100.008, lat: 30.01 },
    { code: '990101002', name: '西山街道', lng: 100.028, lat: 30.01 },
  ],
  communities: [
    { code: '990101001001', name: '东湖一社区居委会', street: '990101001' },
    { code: '990101001002', name: '东湖二社区居委会', street: '990101001' },
    { code: '990101002001', name: '西山一社区居委会', street: '990101002' },
    { code: '990101002002', name: '西山二社区居委会', street: '990101002' },
  ],
} as const;

/** Writes the profile into a new temporary folder and returns its path. */
export function writeSyntheticDistrict(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envgrid-district-'));
  const ring = [
    [100.0, 30.0],
    [100.036, 30.0],
    [100.036, 30.018],
    [100.0, 30.018],
    [100.0, 30.0],
  ];
  fs.writeFileSync(
    path.join(dir, 'outline.geojson'),
    JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }),
  );
  fs.writeFileSync(
    path.join(dir, 'streets.csv'),
    [
      'code,name,approx_center_lng,approx_center_lat',
      ...SYNTHETIC.streets.map((s) => `${s.code},${s.name},${s.lng},${s.lat}`),
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(dir, 'communities.csv'),
    ['code,name,street_code', ...SYNTHETIC.communities.map((c) => `${c.code},${c.name},${c.street}`)].join(
      '\n',
    ),
  );
  fs.writeFileSync(
    path.join(dir, 'departments.json'),
    JSON.stringify({
      district: [
        { code: 'hbj', name: '试验区生态环境局', nameEn: 'Ecology and Environment Bureau' },
        { code: 'cgzf', name: '试验区城管执法局', nameEn: 'Urban Management' },
      ],
      streetTeam: { codePrefix: 'jd', nameSuffix: '综合执法队', nameEnSuffix: 'enforcement team' },
    }),
  );
  fs.writeFileSync(
    path.join(dir, 'district.json'),
    JSON.stringify({
      code: SYNTHETIC.code,
      name: SYNTHETIC.name,
      nameEn: 'Test District',
      centre: { lng: 100.018, lat: 30.009 },
      boundary: 'outline.geojson',
      streets: 'streets.csv',
      communities: 'communities.csv',
      departments: 'departments.json',
      demoGridCount: 48,
    }),
  );
  return dir;
}
