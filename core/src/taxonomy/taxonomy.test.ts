import { describe, expect, it } from 'vitest';
import {
  activeItemCodes,
  allItemCodes,
  categoryCodeOf,
  codeChangeProblem,
  findCategory,
  findItem,
  parseTaxonomy,
  SOURCE_TYPES,
  taxonomyProblems,
  type Taxonomy,
  type TaxonomyItem,
} from './taxonomy.ts';
// core stays free of I/O even in tests: the bundler inlines the data files as text.
import taxonomyText from '../../../data/taxonomy/taxonomy.json?raw';
import departmentsText from '../../../data/departments.json?raw';

const shipped = JSON.parse(taxonomyText) as Taxonomy & { sourceTypes: Array<{ code: string }> };
const departmentCodes = (JSON.parse(departmentsText) as { district: Array<{ code: string }> }).district.map(
  (d) => d.code,
);
const opts = { departmentCodes };

function item(code: string, extra: Partial<TaxonomyItem> = {}): TaxonomyItem {
  return {
    code,
    name: '测试',
    nameEn: 'Test',
    defaultDepartmentCode: 'hbj',
    defaultLevel: 'district',
    defaultUrgency: 'normal',
    handleLimitNormal: { amount: 1, unit: 'day', basis: 'working' },
    sourceType: null,
    ...extra,
  };
}
const small = (items: TaxonomyItem[] = [item('air.a'), item('air.b')]): Taxonomy => ({
  categories: [{ code: 'air', name: '大气', nameEn: 'Air', items }],
});
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('the shipped taxonomy (data/taxonomy/taxonomy.json)', () => {
  it('is valid against the demo departments', () => {
    expect(taxonomyProblems(shipped, opts)).toEqual([]);
  });

  it("has the plan's five categories and the items of its table", () => {
    expect(shipped.categories.map((c) => c.code)).toEqual([
      'new_source',
      'air',
      'noise',
      'water',
      'solid_waste',
    ]);
    expect(shipped.categories.map((c) => c.name)).toEqual([
      '新增污染源',
      '大气污染源',
      '噪声污染源',
      '水污染源',
      '固体废物',
    ]);
    const names = shipped.categories.flatMap((c) => c.items.map((i) => i.name)).join('|');
    for (const term of ['餐饮油烟', '露天烧烤', '夜间施工', '禁燃区', '厂外废水排口', '危险废物', '污水横流'])
      expect(names).toContain(term);
    expect(allItemCodes(shipped)).toHaveLength(30);
  });

  it('routes items by legal duty', () => {
    const dept = (code: string) => findItem(shipped, code)?.defaultDepartmentCode;
    expect(dept('air.catering_fumes')).toBe('cgzf');
    expect(dept('air.open_barbecue')).toBe('cgzf');
    expect(dept('air.site_no_hoarding')).toBe('zjw');
    expect(dept('air.no_burn_zone_coal')).toBe('hbj');
    expect(dept('water.river_outfall')).toBe('swj');
    expect(dept('water.plant_outfall')).toBe('hbj');
    expect(dept('solid_waste.household')).toBe('csgl');
    expect(dept('air.fireworks')).toBe('gaj');
    expect(findItem(shipped, 'solid_waste.hazardous')?.defaultUrgency).toBe('urgent');
    // An evening nuisance: two clock hours, not two working hours (docs/workflow.md).
    expect(findItem(shipped, 'air.open_barbecue')?.handleLimitNormal).toEqual({
      amount: 2,
      unit: 'hour',
      basis: 'natural',
    });
    expect(findItem(shipped, 'air.catering_fumes')?.handleLimitNormal).toEqual({
      amount: 5,
      unit: 'day',
      basis: 'working',
    });
  });

  it('lists every source type, and new-source items propose one', () => {
    expect(shipped.sourceTypes.map((t) => t.code)).toEqual([...SOURCE_TYPES]);
    const proposing = shipped.categories.flatMap((c) => c.items.filter((i) => i.proposesSource));
    expect(proposing.map((i) => i.code)).toEqual([
      'new_source.construction_site',
      'new_source.other_discharger',
    ]);
  });
});

describe('taxonomyProblems', () => {
  it('accepts a minimal taxonomy and refuses non-objects', () => {
    expect(taxonomyProblems(small(), opts)).toEqual([]);
    expect(taxonomyProblems(null, opts)).toEqual([{ path: '', message: expect.any(String) }]);
    expect(taxonomyProblems({ categories: 'x' }, opts)[0]?.path).toBe('/categories');
    expect(taxonomyProblems({ categories: [] }, opts)[0]?.path).toBe('/categories');
  });

  it('finds duplicate codes anywhere, with both places', () => {
    const t = small([item('air.a'), item('air.a')]);
    const problems = taxonomyProblems(t, opts);
    expect(problems).toEqual([
      { path: '/categories/0/items/1/code', message: 'Code air.a is already used at /categories/0/items/0' },
    ]);
    const twoCats = clone(small());
    twoCats.categories.push({ code: 'air', name: '重复', nameEn: 'Dup', items: [] });
    expect(taxonomyProblems(twoCats, opts).map((p) => p.path)).toEqual(['/categories/1/code']);
  });

  it('checks the code scheme: format and category prefix', () => {
    const t = small([item('noise.a'), item('Air.B'), item('air'), item('air.ok')]);
    const problems = taxonomyProblems(t, opts);
    expect(problems.map((p) => p.path)).toEqual([
      '/categories/0/items/0/code',
      '/categories/0/items/1/code',
      '/categories/0/items/2/code',
    ]);
    expect(problems[0]?.message).toMatch(/must start with its category's code air\./);
    const badCat = clone(small());
    badCat.categories[0]!.code = 'Air Pollution';
    expect(taxonomyProblems(badCat, opts).some((p) => p.path === '/categories/0/code')).toBe(true);
  });

  it('checks department, level, urgency, limit, source type and names', () => {
    const bad = {
      categories: [
        {
          code: 'air',
          name: '',
          nameEn: 'Air',
          items: [
            {
              ...item('air.a'),
              defaultDepartmentCode: 'nope',
              defaultLevel: 'city',
              defaultUrgency: 'asap',
              handleLimitNormal: { amount: 0, unit: 'week', basis: 'lunar' },
              sourceType: 'factory',
              proposesSource: 'yes',
              colour: 'red',
            },
            { ...item('air.b'), handleLimitNormal: { amount: 91, unit: 'day', basis: 'natural' } },
            { ...item('air.c'), handleLimitNormal: { amount: 1.5, unit: 'hour', basis: 'working' } },
          ],
        },
      ],
    };
    const paths = taxonomyProblems(bad, opts).map((p) => p.path);
    expect(paths).toEqual([
      '/categories/0/name',
      '/categories/0/items/0/colour',
      '/categories/0/items/0/defaultDepartmentCode',
      '/categories/0/items/0/defaultLevel',
      '/categories/0/items/0/defaultUrgency',
      '/categories/0/items/0/handleLimitNormal/unit',
      '/categories/0/items/0/handleLimitNormal/basis',
      '/categories/0/items/0/handleLimitNormal/amount',
      '/categories/0/items/0/sourceType',
      '/categories/0/items/0/proposesSource',
      '/categories/0/items/1/handleLimitNormal/amount',
      '/categories/0/items/2/handleLimitNormal/amount',
    ]);
  });

  it('needs a source type on items that propose a source', () => {
    const t = small([item('air.a', { proposesSource: true })]);
    expect(taxonomyProblems(t, opts).map((p) => p.path)).toEqual(['/categories/0/items/0/sourceType']);
  });

  it('uses the department codes it is given', () => {
    expect(taxonomyProblems(small(), { departmentCodes: ['cgzf'] })).toHaveLength(2);
    expect(taxonomyProblems(small(), { departmentCodes: new Set(['hbj']) })).toEqual([]);
  });
});

describe('parseTaxonomy and lookups', () => {
  it('returns the categories or the problems', () => {
    const ok = parseTaxonomy(shipped, opts);
    expect(ok.ok && ok.taxonomy.categories).toHaveLength(5);
    const bad = parseTaxonomy(small([item('air.a', { defaultLevel: 'x' as never })]), opts);
    expect(bad.ok).toBe(false);
  });

  it('finds items and categories, retired ones included', () => {
    const t = small([item('air.a'), item('air.b', { retired: true })]);
    expect(findItem(t, 'air.b')?.retired).toBe(true);
    expect(findItem(t, 'air.zz')).toBeNull();
    expect(findCategory(t, 'air')?.nameEn).toBe('Air');
    expect(findCategory(t, 'water')).toBeNull();
    expect(categoryCodeOf('solid_waste.hazardous')).toBe('solid_waste');
    expect(categoryCodeOf('nonsense')).toBeNull();
    expect(activeItemCodes(t)).toEqual(['air.a']);
    const retiredCat = clone(t);
    retiredCat.categories[0]!.retired = true;
    expect(activeItemCodes(retiredCat)).toEqual([]);
  });
});

describe('codeChangeProblem', () => {
  const before = small([item('air.a'), item('air.b'), item('air.c')]);

  it('lets names, defaults and unused codes change', () => {
    const after = clone(before);
    after.categories[0]!.items[0]!.name = '新名称';
    after.categories[0]!.items[0]!.defaultDepartmentCode = 'cgzf';
    after.categories[0]!.items.pop(); // air.c is unused
    after.categories[0]!.items.push(item('air.d'));
    expect(codeChangeProblem(['air.a', 'air.b'], before, after)).toBeNull();
  });

  it('refuses renaming or removing a used code, and suggests retiring', () => {
    const renamed = clone(before);
    renamed.categories[0]!.items[0]!.code = 'air.a2';
    renamed.categories[0]!.items.splice(1, 1);
    expect(codeChangeProblem(new Set(['air.b', 'air.a']), before, renamed)).toBe(
      'Item codes in use cannot change or disappear (retire them instead): air.a, air.b',
    );
    const retired = clone(before);
    retired.categories[0]!.items[0]!.retired = true;
    expect(codeChangeProblem(['air.a'], before, retired)).toBeNull();
  });

  it('ignores used codes the old taxonomy did not have', () => {
    expect(codeChangeProblem(['legacy.x'], before, before)).toBeNull();
  });
});
