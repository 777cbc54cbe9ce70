/**
 * The cases the dashboard, map and export tests count, each made through the API at a known
 * Asia/Shanghai time (UTC+8, no daylight saving), so every expected figure is worked out by hand:
 *
 * | case | street | grid            | item        | lead  | reported        | then                                   |
 * | A    | 001    | sup001-01 #0    | chimney     | hbj   | 04-07 10:00     | closed 04-14 10:00, handled late       |
 * | B    | 001    | sup001-01 #1    | chimney     | hbj   | 04-16 10:00     | closed at once, on time                |
 * | D    | 002    | sup002-01 #0    | chimney     | hbj   | 04-23 10:00     | dispatched: overdue by 05-06           |
 * | G    | 002    | sup002-01 #0    | chimney     | —     | 05-01 00:30     | rejected (04-30 16:30 UTC: May locally)|
 * | E    | 002    | sup002-01 #0    | chimney     | —     | 05-06 09:00     | reported: its filing overdue at 12:00  |
 * | F    | 001    | sup001-01 #0    | chimney     | —     | 05-06 09:10     | rejected                               |
 * | C    | 001    | sup001-02 #0    | road dust   | jd001 | 05-06 09:30     | closed at once by sub001, street level |
 *
 * "Now" is 2026-05-06 12:00 (a Wednesday after the Labour Day holiday).
 */
import { caseIn, handlerOf, type CaseBody, type CaseWorld } from '../../test/case-world.ts';

/** An instant given as Asia/Shanghai wall time in 2026. */
export const sh = (month: number, day: number, hour: number, minute = 0): number =>
  Date.UTC(2026, month - 1, day, hour - 8, minute);

export const NOW = sh(5, 6, 12);
export const S001 = '110101001';
export const S002 = '110101002';

export interface Scenario {
  A: CaseBody;
  B: CaseBody;
  C: CaseBody;
  D: CaseBody;
  E: CaseBody;
  F: CaseBody;
  G: CaseBody;
  grids: { g1a: string; g1b: string; g1c: string; g2: string };
}

export async function buildScenario(w: CaseWorld): Promise<Scenario> {
  // Grids first, at the seeding time (the spots are looked up through the API).
  const [g1a, g1b, g1c, g2] = await Promise.all([
    w.spot('sup001-01', 0),
    w.spot('sup001-01', 1),
    w.spot('sup001-02', 0),
    w.spot('sup002-01', 0),
  ]);
  w.at(sh(4, 7, 10));
  let A = await caseIn(w, 'dispatched', { description: 'A 迟办' });
  w.at(sh(4, 14, 10));
  A = await w.act(handlerOf('cgzf'), A, 'assist_feedback', { result: '已配合' });
  A = await w.act(handlerOf('hbj'), A, 'feedback', { result: '已整改' });
  A = await w.act('sup001-01', A, 'check', { passed: true });
  A = await w.act('center', A, 'close');
  w.at(sh(4, 16, 10));
  const B = await caseIn(w, 'closed', { gridIndex: 1, description: 'B 按时' });
  w.at(sh(4, 23, 10));
  const D = await caseIn(w, 'dispatched', { gridOf: 'sup002-01', description: 'D 超期' });
  w.at(sh(5, 1, 0, 30));
  const G = await caseIn(w, 'rejected', { gridOf: 'sup002-01', description: 'G 五一凌晨' });
  w.at(sh(5, 6, 9));
  const E = await caseIn(w, 'reported', { gridOf: 'sup002-01', description: 'E 待立案' });
  w.at(sh(5, 6, 9, 10));
  const F = await caseIn(w, 'rejected', { description: 'F 不予立案' });
  w.at(sh(5, 6, 9, 30));
  const C = await caseIn(w, 'closed', {
    gridOf: 'sup001-02',
    itemCode: 'air.road_dust',
    center: 'sub001',
    lead: 'jd001',
    assists: [],
    description: 'C 街道级',
  });
  w.at(NOW);
  return { A, B, C, D, E, F, G, grids: { g1a: g1a.grid, g1b: g1b.grid, g1c: g1c.grid, g2: g2.grid } };
}
