// Rule: the taxonomy editor's draft round-trips to the server shape, places server problems on entries, and filters.
import { describe, expect, it } from 'vitest';
import type { TaxonomyCategory, TaxonomyItem } from './settings-types.ts';
import {
  cleanItem,
  codesInUse,
  filterDraft,
  fingerprint,
  fromDraft,
  placeProblems,
  problemsByItem,
  toDraft,
  updateCategory,
  updateItem,
  type DraftCategory,
  type DraftItem,
} from './taxonomy-draft.ts';

const LIMIT = { amount: 5, unit: 'day', basis: 'working' } as const;

function item(code: string, name: string, nameEn: string, extra: Partial<TaxonomyItem> = {}): TaxonomyItem {
  return {
    code,
    name,
    nameEn,
    defaultDepartmentCode: 'hbj',
    defaultLevel: 'district',
    defaultUrgency: 'normal',
    handleLimitNormal: { ...LIMIT },
    sourceType: null,
    ...extra,
  };
}

const dItem = (key: string, i: TaxonomyItem, isNew = false): DraftItem => ({ ...i, key, isNew });

/** Two categories: air (fumes, burning) and water (outfall, retired). */
function sampleDraft(): DraftCategory[] {
  return [
    {
      key: 'c-air',
      isNew: false,
      code: 'air',
      name: '大气',
      nameEn: 'Air',
      items: [
        dItem('i-fumes', item('air.catering_fumes', '餐饮油烟', 'Catering fumes')),
        dItem('i-burn', item('air.open_burning', '露天焚烧', 'Open burning')),
      ],
    },
    {
      key: 'c-water',
      isNew: false,
      code: 'water',
      name: '水',
      nameEn: 'Water',
      retired: true,
      items: [dItem('i-outfall', item('water.outfall', '排污口', 'Outfall', { retired: true }))],
    },
  ];
}

describe('cleanItem', () => {
  it('trims names, keeps trimmed hints and writes the server fields in a fixed order', () => {
    const cleaned = cleanItem(
      item('air.dust', '  扬尘 ', ' Dust  ', {
        hint: '  工地未覆盖 ',
        hintEn: ' Uncovered site ',
        sourceType: 'construction_site',
        proposesSource: true,
        retired: true,
      }),
    );
    expect(cleaned).toEqual({
      code: 'air.dust',
      name: '扬尘',
      nameEn: 'Dust',
      hint: '工地未覆盖',
      hintEn: 'Uncovered site',
      defaultDepartmentCode: 'hbj',
      defaultLevel: 'district',
      defaultUrgency: 'normal',
      handleLimitNormal: { amount: 5, unit: 'day', basis: 'working' },
      sourceType: 'construction_site',
      proposesSource: true,
      retired: true,
    });
    expect(Object.keys(cleaned)).toEqual([
      'code',
      'name',
      'nameEn',
      'hint',
      'hintEn',
      'defaultDepartmentCode',
      'defaultLevel',
      'defaultUrgency',
      'handleLimitNormal',
      'sourceType',
      'proposesSource',
      'retired',
    ]);
  });

  it('leaves out blank hints and false flags, and sends a missing source type as null', () => {
    const raw = { ...item('air.dust', '扬尘', 'Dust', { hint: '   ', hintEn: '', proposesSource: false }) };
    delete (raw as Partial<TaxonomyItem>).sourceType;
    expect(Object.keys(cleanItem({ ...raw, retired: false }))).toEqual([
      'code',
      'name',
      'nameEn',
      'defaultDepartmentCode',
      'defaultLevel',
      'defaultUrgency',
      'handleLimitNormal',
      'sourceType',
    ]);
    expect(cleanItem(raw).sourceType).toBeNull();
  });

  it('drops draft-only fields (key, isNew) and extras on the limit', () => {
    const draftItem = {
      ...dItem('k9', item('air.dust', '扬尘', 'Dust'), true),
      handleLimitNormal: { ...LIMIT, minutes: 2250 },
    } as DraftItem;
    expect(cleanItem(draftItem)).toEqual(item('air.dust', '扬尘', 'Dust'));
  });
});

describe('toDraft and fromDraft', () => {
  const server: TaxonomyCategory[] = [
    { code: 'air', name: '大气', nameEn: 'Air', items: [item('air.dust', '扬尘', 'Dust', { hint: '工地' })] },
    { code: 'noise', name: '噪声', nameEn: 'Noise', retired: true, items: [] },
  ];

  it('gives every category and item its own key, marked as saved', () => {
    const draft = toDraft(server);
    const keys = [draft[0]!.key, draft[0]!.items[0]!.key, draft[1]!.key];
    expect(new Set(keys).size).toBe(3);
    expect([draft[0]!.isNew, draft[0]!.items[0]!.isNew, draft[1]!.isNew]).toEqual([false, false, false]);
    expect(draft[1]!.retired).toBe(true);
    expect('retired' in draft[0]!).toBe(false);
  });

  it('round-trips to the same server content', () => {
    expect(fromDraft(toDraft(server))).toEqual(server);
  });

  it('sends trimmed category names without keys or new flags', () => {
    const draft: DraftCategory[] = [
      { key: 'c1', isNew: true, code: 'soil', name: ' 土壤 ', nameEn: ' Soil ', retired: false, items: [] },
    ];
    expect(fromDraft(draft)).toEqual([{ code: 'soil', name: '土壤', nameEn: 'Soil', items: [] }]);
    expect(Object.keys(fromDraft(draft)[0]!)).toEqual(['code', 'name', 'nameEn', 'items']);
  });
});

describe('fingerprint', () => {
  it('ignores keys and new flags but sees a changed name', () => {
    const a = sampleDraft();
    const rekeyed = a.map((c) => ({ ...c, key: `x-${c.key}`, isNew: true }));
    expect(fingerprint(rekeyed)).toBe(fingerprint(a));
    const renamed = updateItem(a, 'i-burn', (i) => ({ ...i, name: '露天焚烧垃圾' }));
    expect(fingerprint(renamed)).not.toBe(fingerprint(a));
  });

  it('treats a name differing only by surrounding spaces as unchanged', () => {
    const a = sampleDraft();
    const padded = updateItem(a, 'i-burn', (i) => ({ ...i, name: ' 露天焚烧 ' }));
    expect(fingerprint(padded)).toBe(fingerprint(a));
  });
});

describe('codesInUse', () => {
  it('collects every category and item code', () => {
    expect([...codesInUse(sampleDraft())].sort()).toEqual([
      'air',
      'air.catering_fumes',
      'air.open_burning',
      'water',
      'water.outfall',
    ]);
  });

  it('leaves out the entry being edited, so it may keep its own code', () => {
    expect([...codesInUse(sampleDraft(), 'i-burn')].sort()).toEqual([
      'air',
      'air.catering_fumes',
      'water',
      'water.outfall',
    ]);
    expect([...codesInUse(sampleDraft(), 'c-water')].sort()).toEqual([
      'air',
      'air.catering_fumes',
      'air.open_burning',
      'water.outfall',
    ]);
  });
});

describe('placeProblems and problemsByItem', () => {
  it('places JSON-pointer problems on the category or item they name', () => {
    const placed = placeProblems(
      [
        { path: '/categories/0/items/1/defaultLevel', message: 'bad level' },
        { path: '/categories/1/nameEn', message: 'required' },
        { path: '/categories/1', message: 'empty' },
        { path: '/categories/1/items/0', message: 'dup' },
      ],
      sampleDraft(),
    );
    expect(placed).toEqual([
      {
        path: '/categories/0/items/1/defaultLevel',
        message: 'bad level',
        categoryKey: 'c-air',
        itemKey: 'i-burn',
        field: 'defaultLevel',
      },
      { path: '/categories/1/nameEn', message: 'required', categoryKey: 'c-water', field: 'nameEn' },
      { path: '/categories/1', message: 'empty', categoryKey: 'c-water' },
      { path: '/categories/1/items/0', message: 'dup', categoryKey: 'c-water', itemKey: 'i-outfall' },
    ]);
  });

  it('leaves problems it cannot place as they are', () => {
    const problems = [
      { path: '/categories/7/name', message: 'no such category' },
      { path: '/categories/0/items/9/code', message: 'no such item' },
      { path: '', message: 'whole body' },
      { path: '/other/0', message: 'elsewhere' },
    ];
    expect(placeProblems(problems, sampleDraft())).toEqual(problems);
  });

  it('groups item problems by item key, skipping category problems', () => {
    const placed = placeProblems(
      [
        { path: '/categories/0/items/0/code', message: 'a' },
        { path: '/categories/0/name', message: 'b' },
        { path: '/categories/0/items/0/name', message: 'c' },
        { path: '/categories/1/items/0/hint', message: 'd' },
      ],
      sampleDraft(),
    );
    const byItem = problemsByItem(placed);
    expect([...byItem.keys()]).toEqual(['i-fumes', 'i-outfall']);
    expect(byItem.get('i-fumes')!.map((p) => p.message)).toEqual(['a', 'c']);
    expect(byItem.get('i-outfall')!.map((p) => p.message)).toEqual(['d']);
  });
});

describe('updateItem and updateCategory', () => {
  it('changes one item and keeps the other categories as they were', () => {
    const a = sampleDraft();
    const b = updateItem(a, 'i-fumes', (i) => ({ ...i, defaultUrgency: 'urgent' }));
    expect(b[0]!.items.map((i) => [i.key, i.defaultUrgency])).toEqual([
      ['i-fumes', 'urgent'],
      ['i-burn', 'normal'],
    ]);
    expect(b[1]).toBe(a[1]);
    expect(a[0]!.items[0]!.defaultUrgency).toBe('normal');
  });

  it('deletes an item when the change returns null', () => {
    const b = updateItem(sampleDraft(), 'i-fumes', () => null);
    expect(b.map((c) => c.items.map((i) => i.key))).toEqual([['i-burn'], ['i-outfall']]);
  });

  it('changes or deletes one category', () => {
    const renamed = updateCategory(sampleDraft(), 'c-water', (c) => ({ ...c, name: '水环境' }));
    expect(renamed.map((c) => c.name)).toEqual(['大气', '水环境']);
    expect(updateCategory(sampleDraft(), 'c-air', () => null).map((c) => c.key)).toEqual(['c-water']);
  });
});

describe('filterDraft', () => {
  const view = (v: ReturnType<typeof filterDraft>) =>
    v.map((x) => [x.category.key, x.items.map((i) => i.key)]);

  it('shows everything for an empty search with retired entries shown', () => {
    expect(view(filterDraft(sampleDraft(), '  ', false))).toEqual([
      ['c-air', ['i-fumes', 'i-burn']],
      ['c-water', ['i-outfall']],
    ]);
  });

  it('hides retired categories and items with the switch on', () => {
    const draft = sampleDraft();
    draft[0]!.items[1]!.retired = true;
    draft[1]!.retired = false;
    expect(view(filterDraft(draft, '', true))).toEqual([
      ['c-air', ['i-fumes']],
      ['c-water', []],
    ]);
  });

  it('matches code, Chinese or English name, ignoring case and spaces, and drops empty categories', () => {
    expect(view(filterDraft(sampleDraft(), ' OUTFALL ', false))).toEqual([['c-water', ['i-outfall']]]);
    expect(view(filterDraft(sampleDraft(), '焚烧', false))).toEqual([['c-air', ['i-burn']]]);
    expect(view(filterDraft(sampleDraft(), 'air.catering', false))).toEqual([['c-air', ['i-fumes']]]);
    expect(view(filterDraft(sampleDraft(), 'nothing-like-this', false))).toEqual([]);
  });
});
