/**
 * Benchmarks: each prints a ratio of two ways measured side by side in one run, never a
 * wall-clock threshold. Run with `npm run bench`.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { buildGridIndex } from '@envgrid/core';
import { buildDemoDistrict } from '../server/src/seed/demo-district/demo-district.ts';
import { loadDistrictProfile } from '../server/src/seed/district-profile.ts';

function time(label: string, runs: number, fn: () => void): number {
  fn(); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  const ns = Number(process.hrtime.bigint() - start) / runs;
  console.log(`  ${label}: ${(ns / 1e6).toFixed(2)} ms per batch`);
  return ns;
}

// A deterministic spread of points over the district's extent (some fall outside it).
function points(n: number, box: [number, number, number, number]): [number, number][] {
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, () => [
    box[0] + rand() * (box[2] - box[0]),
    box[1] + rand() * (box[3] - box[1]),
  ]);
}

const profile = loadDistrictProfile();
const district = buildDemoDistrict({
  boundary: profile.boundary,
  streets: profile.streets,
  communities: profile.communities,
});
const grids = district.grids.map((g) => ({ code: g.properties.code, geometry: g.geometry }));
const index = buildGridIndex(grids);
const sample = points(2000, index.extent()!);

console.log(`grid lookup: ${grids.length} demo grids, ${sample.length} points`);
const indexed = time('spatial index (Flatbush + point-in-polygon)', 5, () => {
  for (const [lng, lat] of sample) index.locate(lng, lat);
});
const scan = time('linear scan of every polygon', 5, () => {
  for (const [lng, lat] of sample) grids.find((g) => booleanPointInPolygon([lng, lat], g.geometry));
});
// Both must agree before the speed means anything.
const disagree = sample.filter(([lng, lat]) => {
  const a = index.locate(lng, lat);
  const hits = grids
    .filter((g) => booleanPointInPolygon([lng, lat], g.geometry))
    .map((g) => g.code)
    .sort();
  return a !== (hits[0] ?? null);
}).length;
console.log(`  answers that differ: ${disagree}`);
console.log(`  ratio: the index is ${(scan / indexed).toFixed(1)}× faster than the scan`);
