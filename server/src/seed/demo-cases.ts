import type { CaseAction } from '@envgrid/core';
import type { Services } from '../container.ts';
import type { DataAccess } from '../db/repos.ts';
import { toActor } from '../modules/auth/auth.service.ts';

/** One demo case: who reports what, and how far along the workflow it has come. */
interface DemoCase {
  street: string; // 001 … 017
  item: string;
  description: string;
  steps: (readonly [user: string, action: CaseAction, payload?: Record<string, unknown>])[];
}

const dispatchTo = (code: string) => ['center', 'dispatch', { leadDepartmentCode: code }] as const;

/** A spread of cases over several streets and every common state, so queues and the map have something to show. */
const CASES: DemoCase[] = [
  { street: '001', item: 'air.catering_fumes', description: '餐馆油烟直排，居民投诉', steps: [] },
  {
    street: '002',
    item: 'air.chimney_black_smoke',
    description: '单位锅炉房烟囱冒黑烟',
    steps: [['center', 'file']],
  },
  {
    street: '003',
    item: 'water.sewage_overflow',
    description: '小区门口污水横流',
    steps: [['center', 'file'], dispatchTo('swj')],
  },
  {
    street: '004',
    item: 'air.site_materials_uncovered',
    description: '工地砂石料未覆盖',
    steps: [['center', 'file'], dispatchTo('zjw'), ['zjw01', 'feedback', { result: '已责令覆盖防尘网' }]],
  },
  {
    street: '005',
    item: 'solid_waste.industrial',
    description: '路边倾倒工业废料',
    steps: [
      ['center', 'file'],
      dispatchTo('hbj'),
      ['hbj01', 'feedback', { result: '已清运并立案调查' }],
      ['sup005-01', 'check', { passed: true }],
    ],
  },
  {
    street: '006',
    item: 'air.odour_dust_emission',
    description: '厂房排放刺激性气味',
    steps: [
      ['center', 'file'],
      dispatchTo('hbj'),
      ['hbj01', 'feedback', { result: '已停产整改' }],
      ['sup006-01', 'check', { passed: true }],
      ['center', 'close'],
    ],
  },
  { street: '007', item: 'air.open_barbecue', description: '夜市露天烧烤', steps: [['sub007', 'file']] },
  {
    street: '008',
    item: 'solid_waste.household',
    description: '背街小巷生活垃圾堆积',
    steps: [
      ['sub008', 'file'],
      ['sub008', 'dispatch', { leadDepartmentCode: 'jd008' }],
    ],
  },
  {
    street: '009',
    item: 'noise.night_construction',
    description: '夜间施工噪声扰民',
    steps: [
      ['sub009', 'file'],
      ['sub009', 'urge'],
    ],
  },
  {
    street: '010',
    item: 'air.road_dust',
    description: '道路扬尘严重',
    steps: [['sub010', 'escalate', { note: '涉及多个部门' }]],
  },
  {
    street: '011',
    item: 'water.river_outfall',
    description: '河道排污口有异常排放',
    steps: [['center', 'file'], dispatchTo('swj'), ['leader', 'supervise', { note: '请加快处置' }]],
  },
  { street: '012', item: 'noise.commercial_promotion', description: '商铺高音喇叭促销', steps: [] },
];

/**
 * Reports and moves the demo cases through the real services (so every event is a real,
 * hash-chained event). Seeded by `npm start` and `envgrid seed --demo`, not by test fixtures.
 */
export async function seedDemoCases(services: Services, data: DataAccess): Promise<number> {
  const departments = await data.repos.departments.list();
  const actor = async (username: string) => {
    const u = await data.repos.users.findByUsername(username);
    if (!u) throw new Error(`demo user ${username} is missing`);
    return toActor(u);
  };
  let seeded = 0;
  for (const d of CASES) {
    const supervisor = await actor(`sup${d.street}-01`);
    const grids = await data.repos.grids.list({ codes: await data.repos.grids.supervisedBy(supervisor.id) });
    const square = grids.find((g) => {
      const geom = JSON.parse(g.geometry) as { type: string; coordinates: number[][][] };
      return geom.type === 'Polygon' && geom.coordinates[0]!.length === 5;
    });
    if (!square) continue;
    const ring = (JSON.parse(square.geometry) as { coordinates: number[][][] }).coordinates[0]!.slice(0, 4);
    const location = {
      lng: ring.reduce((s, p) => s + p[0]!, 0) / 4,
      lat: ring.reduce((s, p) => s + p[1]!, 0) / 4,
    };
    let c = (
      await services.cases.report(supervisor, { itemCode: d.item, description: d.description, location })
    ).c;
    for (const [user, action, payload = {}] of d.steps) {
      const { leadDepartmentCode, ...rest } = payload as { leadDepartmentCode?: string };
      const lead = leadDepartmentCode
        ? { leadDepartmentId: departments.find((x) => x.code === leadDepartmentCode)!.id }
        : {};
      c = (
        await services.cases.act(await actor(user), c.id, action, { version: c.version, ...rest, ...lead })
      ).c;
    }
    seeded++;
  }
  return seeded;
}
