/**
 * The demo's pollution-source registry (`npm start`, `envgrid seed --demo`): a few hundred
 * plausible sources across the district's grids, each registered with the reason "演示数据"
 * so that nobody mistakes them for a real district's; some linked to recent cases (repeat
 * offenders, sources under rectification), and the open "new pollution source" reports of the
 * demo history proposing pending sources for intake to review.
 */
import crypto from 'node:crypto';
import {
  bboxOf,
  buildGridIndex,
  DEFAULT_INSPECTION_EVERY_DAYS,
  findItem,
  type Clock,
  type PolygonGeometry,
  type RiskLevel,
  type SourceAttributes,
  type SourceRecord,
  type SourceType,
  SeededRandom,
} from '@envgrid/core';
import type { DataAccess } from '../db/repos.ts';
import { insertProposedSource, proposedSource, syncRectifying } from '../modules/sources/source-case-sync.ts';
import type { Services } from '../container.ts';
import { toActor } from '../modules/auth/auth.service.ts';

export const DEMO_SOURCES = 300;
export const DEMO_SOURCE_REASON = '演示数据';
const DAY = 86_400_000;

const TYPES: readonly { type: SourceType; weight: number; department: string }[] = [
  { type: 'catering', weight: 35, department: 'cgzf' },
  { type: 'construction_site', weight: 25, department: 'zjw' },
  { type: 'yard', weight: 8, department: 'cgzf' },
  { type: 'boiler', weight: 7, department: 'hbj' },
  { type: 'plant_outfall', weight: 6, department: 'hbj' },
  { type: 'river_outfall', weight: 6, department: 'swj' },
  { type: 'market', weight: 5, department: 'csgl' },
  { type: 'other', weight: 8, department: 'hbj' },
];
const ROADS = [
  '东四',
  '朝阳门内',
  '北新桥',
  '和平里',
  '安定门',
  '交道口',
  '东直门',
  '建国门',
  '龙潭',
  '天坛',
  '前门',
  '景山',
];
const NAMES: Readonly<Record<SourceType, readonly string[]>> = {
  catering: ['老北京炸酱面馆', '川味小厨', '家常菜馆', '烧烤店', '涮肉坊', '快餐店', '面包房'],
  construction_site: ['住宅楼项目工地', '老旧小区改造工地', '道路管线工程', '学校扩建工地', '地铁站配套工程'],
  yard: ['建材堆料场', '煤场', '渣土临时堆放点'],
  boiler: ['浴池燃煤锅炉', '宾馆锅炉房', '大院供暖锅炉'],
  plant_outfall: ['印刷厂废水排口', '洗衣厂废水排口', '食品加工厂排口'],
  river_outfall: ['护城河排口', '明渠排口', '雨污合流排口'],
  market: ['农贸市场', '早市', '菜市场'],
  other: ['汽修店', '洗车点', '小作坊'],
};

function attributesOf(type: SourceType, r: SeededRandom, now: number): SourceAttributes {
  const day = (offsetDays: number) => new Date(now + offsetDays * DAY).toISOString().slice(0, 10);
  switch (type) {
    case 'construction_site':
      return {
        permitNo: `SG${r.int(2024, 2026)}${String(r.int(1, 9999)).padStart(4, '0')}`,
        contractor: r.pick(['城建集团', '住总集团', '建工集团']),
        workStart: day(-r.int(30, 400)),
        workEnd: day(r.int(30, 500)),
      };
    case 'catering':
      return {
        fumePurifier: r.chance(0.8),
        purifierCleanedOn: day(-r.int(1, 120)),
        seats: String(r.int(10, 200)),
      };
    case 'plant_outfall':
    case 'river_outfall':
      return { receivingWater: r.pick(['护城河', '通惠河', '市政污水管网']) };
    case 'boiler':
      return { fuel: r.pick(['燃煤', '燃气']), capacity: `${r.int(1, 10)} 蒸吨/小时` };
    case 'yard':
      return { material: r.pick(['砂石', '煤', '渣土']), covered: r.chance(0.6) };
    case 'market':
      return { operator: `${r.pick(ROADS)}市场管理公司` };
    default:
      return { description: '其他排污单位' };
  }
}

export async function seedDemoSources(
  data: DataAccess,
  clock: Clock,
  services: Pick<Services, 'workSettings' | 'cases'>,
  count = DEMO_SOURCES,
): Promise<number> {
  const repos = data.repos;
  const now = clock.now();
  const r = new SeededRandom(11);
  const grids = await repos.grids.list();
  if (grids.length === 0) return 0;
  const shaped = grids.map((g) => ({ ...g, geometry: JSON.parse(g.geometry) as PolygonGeometry }));
  const index = buildGridIndex(shaped.map((g) => ({ code: g.code, geometry: g.geometry })));
  const departments = await repos.departments.list();
  const deptId = (code: string) => departments.find((d) => d.code === code)?.id ?? null;
  const admin = await repos.users.findByUsername('admin');

  const sources: SourceRecord[] = [];
  while (sources.length < count) {
    const g = r.pick(shaped);
    const [a, b, c, d] = bboxOf(g.geometry);
    const p = { lng: r.between(a, c), lat: r.between(b, d) };
    if (index.locate(p.lng, p.lat) !== g.code) continue;
    const t = r.weighted(TYPES, (x) => x.weight);
    const riskLevel: RiskLevel = r.chance(0.25) ? 'key' : 'general';
    const created = now - r.int(30, 720) * DAY;
    sources.push({
      id: crypto.randomUUID(),
      type: t.type,
      name: `${r.pick(ROADS)}${r.pick(NAMES[t.type])}`,
      address: `东城区${r.pick(ROADS)}${r.pick(['大街', '胡同', '路'])}${r.int(1, 200)}号`,
      location: p,
      gridCode: g.code,
      communityCode: g.communityCode,
      streetCode: g.streetCode,
      departmentId: deptId(t.department),
      riskLevel,
      inspectionEveryDays: DEFAULT_INSPECTION_EVERY_DAYS[riskLevel],
      status: r.chance(0.05) ? 'closed' : 'active',
      attributes: attributesOf(t.type, r, now),
      proposedByCaseId: null,
      mergedIntoId: null,
      createdBy: admin?.id ?? null,
      version: 1,
      createdAt: created,
      updatedAt: created,
    });
  }
  await data.transaction(async (tx) => {
    await tx.sources.insertMany(sources);
    await tx.sources.appendFirstEvents(
      sources.map((s) => ({
        sourceId: s.id,
        action: 'import',
        actorId: s.createdBy,
        toStatus: s.status,
        at: s.createdAt,
        reason: DEMO_SOURCE_REASON,
        payload: { demo: true },
      })),
    );
    // Repeat offenders and sources under rectification: recent cases of their grid point at them.
    for (const s of sources.filter((x) => x.status === 'active').slice(0, 40)) {
      const cases = await tx.sources.recentCasesInGrid(s.gridCode, now - 85 * DAY, r.int(1, 4));
      await tx.sources.linkCases(
        s.id,
        cases.map((c) => c.id),
      );
      await syncRectifying(tx, s, s.createdBy, now, { demo: true });
    }
    // The history's open "new pollution source" reports each propose a pending source.
    const taxonomy = (await services.workSettings.current()).taxonomy;
    const proposing = taxonomy.categories.flatMap((cat) => cat.items.filter((i) => i.proposesSource));
    for (const row of await tx.sources.unlinkedCases(
      proposing.map((i) => i.code),
      'reported',
    )) {
      const c = (await tx.cases.find(row.id))!;
      const item = findItem(taxonomy, c.itemCode)!;
      const s = proposedSource(c, item, departments, crypto.randomUUID());
      await insertProposedSource(tx, s, c.caseNo);
      await tx.sources.linkCases(s.id, [c.id]);
    }
  });
  await proposeFreshSources(data, services, r);
  return sources.length;
}

/** Supervisors of a few streets report new sources today: intake's review queue has work. */
async function proposeFreshSources(
  data: DataAccess,
  services: Pick<Services, 'cases'>,
  r: SeededRandom,
): Promise<void> {
  const reports = [
    ['001', 'new_source.construction_site', '新开工地，正在拆除旧房，未见围挡'],
    ['003', 'new_source.other_discharger', '新开一家烧烤店，后厨排烟管直通胡同'],
    ['005', 'new_source.construction_site', '小区内新开工的管线改造工程'],
    ['008', 'new_source.other_discharger', '新开洗车点，污水流入雨水口'],
    ['012', 'new_source.other_discharger', '新开小作坊，有刺鼻气味'],
  ] as const;
  for (const [street, itemCode, description] of reports) {
    const user = await data.repos.users.findByUsername(`sup${street}-01`);
    if (!user) continue;
    const codes = await data.repos.grids.supervisedBy(user.id);
    const grids = await data.repos.grids.list({ codes });
    if (grids.length === 0) continue;
    const g = r.pick(grids);
    const geometry = JSON.parse(g.geometry) as PolygonGeometry;
    const index = buildGridIndex([{ code: g.code, geometry }]);
    const [a, b, c, d] = bboxOf(geometry);
    for (let i = 0; i < 50; i++) {
      const p = { lng: r.between(a, c), lat: r.between(b, d) };
      if (index.locate(p.lng, p.lat) !== g.code) continue;
      await services.cases.report(toActor(user), { itemCode, description, location: p });
      break;
    }
  }
}
