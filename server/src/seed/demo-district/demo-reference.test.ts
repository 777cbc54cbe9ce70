/** A district profile's CSV files: header-keyed rows, quoted fields, and a clear refusal of bad rows. */
import { describe, expect, it } from 'vitest';
import { parseCommunitiesCsv, parseSimpleCsv, parseStreetsCsv } from './demo-reference.ts';

describe('profile CSV files', () => {
  it('reads rows by header, trimming cells, skipping blank lines and a byte-order mark', () => {
    expect(parseSimpleCsv('\uFEFFcode, name\n 1 , a \n\n2,"b, c"\n')).toEqual([
      { code: '1', name: 'a' },
      { code: '2', name: 'b, c' },
    ]);
  });

  it('refuses a row with the wrong number of fields, naming its line', () => {
    expect(() => parseSimpleCsv('code,name\n1,a\n2,b,extra\n')).toThrow(
      'CSV line 3 does not have the 2 fields of its header',
    );
  });

  it('streets need a code, a name and a centre', () => {
    expect(
      parseStreetsCsv('code,name,approx_center_lng,approx_center_lat\n990101001,东湖街道,100.01,30.01\n'),
    ).toEqual([{ code: '990101001', name: '东湖街道', centerLng: 100.01, centerLat: 30.01 }]);
    expect(() =>
      parseStreetsCsv('code,name,approx_center_lng,approx_center_lat\n990101001,东湖街道,x,30\n'),
    ).toThrow('streets CSV line 2 needs code, name, approx_center_lng, approx_center_lat');
  });

  it('communities need a code, a name and a street', () => {
    expect(parseCommunitiesCsv('code,name,street_code\n990101001001,一社区,990101001\n')).toEqual([
      { code: '990101001001', name: '一社区', streetCode: '990101001' },
    ]);
    expect(() => parseCommunitiesCsv('code,name,street_code\n990101001001,,990101001\n')).toThrow(
      'communities CSV line 2 needs code, name, street_code',
    );
  });
});
