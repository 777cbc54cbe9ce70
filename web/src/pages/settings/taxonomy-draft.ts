/**
 * The taxonomy as the page edits it: the server's categories and items, each with a client key
 * (so problems and the drawer follow an item while codes are edited) and whether it is new
 * (a new entry may still be deleted; a saved one is retired instead).
 */
import type { TaxonomyCategory, TaxonomyItem } from './settings-types.ts';

export interface DraftItem extends TaxonomyItem {
  key: string;
  isNew: boolean;
}

export interface DraftCategory extends Omit<TaxonomyCategory, 'items'> {
  key: string;
  isNew: boolean;
  items: DraftItem[];
}

let seq = 0;
export const newKey = (): string => `k${++seq}`;

/** An item in the server's shape with a fixed field order; empty optional text left out. */
export function cleanItem(i: TaxonomyItem): TaxonomyItem {
  const hint = i.hint?.trim();
  const hintEn = i.hintEn?.trim();
  return {
    code: i.code,
    name: i.name.trim(),
    nameEn: i.nameEn.trim(),
    ...(hint ? { hint } : {}),
    ...(hintEn ? { hintEn } : {}),
    defaultDepartmentCode: i.defaultDepartmentCode,
    defaultLevel: i.defaultLevel,
    defaultUrgency: i.defaultUrgency,
    handleLimitNormal: {
      amount: i.handleLimitNormal.amount,
      unit: i.handleLimitNormal.unit,
      basis: i.handleLimitNormal.basis,
    },
    sourceType: i.sourceType ?? null,
    ...(i.proposesSource ? { proposesSource: true } : {}),
    ...(i.retired ? { retired: true } : {}),
  };
}

export function toDraft(categories: readonly TaxonomyCategory[]): DraftCategory[] {
  return categories.map((c) => ({
    key: newKey(),
    isNew: false,
    code: c.code,
    name: c.name,
    nameEn: c.nameEn,
    ...(c.retired ? { retired: true } : {}),
    items: c.items.map((i) => ({ ...cleanItem(i), key: newKey(), isNew: false })),
  }));
}

/** The `categories` of `PUT /api/v1/taxonomy`. */
export function fromDraft(draft: readonly DraftCategory[]): TaxonomyCategory[] {
  return draft.map((c) => ({
    code: c.code,
    name: c.name.trim(),
    nameEn: c.nameEn.trim(),
    ...(c.retired ? { retired: true } : {}),
    items: c.items.map(cleanItem),
  }));
}

/** A stable text of the content (keys and flags aside), to tell whether anything changed. */
export const fingerprint = (draft: readonly DraftCategory[]): string => JSON.stringify(fromDraft(draft));

/** Every item and category code in the draft, except the entry with `exceptKey`. */
export function codesInUse(draft: readonly DraftCategory[], exceptKey?: string): Set<string> {
  const codes = new Set<string>();
  for (const c of draft) {
    if (c.key !== exceptKey) codes.add(c.code);
    for (const i of c.items) if (i.key !== exceptKey) codes.add(i.code);
  }
  return codes;
}

/** A problem placed on an entry of the draft (`field` is the first path segment below it). */
export interface PlacedProblem {
  path: string;
  message: string;
  /** The category's key, and the item's when the problem is about an item. */
  categoryKey?: string;
  itemKey?: string;
  field?: string;
}

const PATH = /^\/categories\/(\d+)(?:\/items\/(\d+))?(?:\/([^/]+))?/;

/** Places JSON-pointer problems (`/categories/1/items/3/defaultLevel`) on the draft they were made for. */
export function placeProblems(
  problems: readonly { path: string; message: string }[],
  draft: readonly DraftCategory[],
): PlacedProblem[] {
  return problems.map((p) => {
    const m = PATH.exec(p.path);
    if (!m) return { ...p };
    const category = draft[Number(m[1])];
    if (!category) return { ...p };
    if (m[2] === undefined) return { ...p, categoryKey: category.key, field: m[3] };
    const item = category.items[Number(m[2])];
    return item ? { ...p, categoryKey: category.key, itemKey: item.key, field: m[3] } : { ...p };
  });
}

/** Placed problems by item key. */
export function problemsByItem(problems: readonly PlacedProblem[]): Map<string, PlacedProblem[]> {
  const map = new Map<string, PlacedProblem[]>();
  for (const p of problems) if (p.itemKey) map.set(p.itemKey, [...(map.get(p.itemKey) ?? []), p]);
  return map;
}

export function updateItem(
  draft: readonly DraftCategory[],
  itemKey: string,
  change: (i: DraftItem) => DraftItem | null,
): DraftCategory[] {
  return draft.map((c) =>
    c.items.some((i) => i.key === itemKey)
      ? {
          ...c,
          items: c.items.flatMap((i) => {
            if (i.key !== itemKey) return [i];
            const next = change(i);
            return next ? [next] : [];
          }),
        }
      : c,
  );
}

export function updateCategory(
  draft: readonly DraftCategory[],
  categoryKey: string,
  change: (c: DraftCategory) => DraftCategory | null,
): DraftCategory[] {
  return draft.flatMap((c) => {
    if (c.key !== categoryKey) return [c];
    const next = change(c);
    return next ? [next] : [];
  });
}

/** The categories and items to show for a search text (code or names) and the retired switch. */
export function filterDraft(
  draft: readonly DraftCategory[],
  q: string,
  hideRetired: boolean,
): { category: DraftCategory; items: DraftItem[] }[] {
  const needle = q.trim().toLowerCase();
  return draft
    .filter((c) => !(hideRetired && c.retired))
    .map((category) => ({
      category,
      items: category.items.filter(
        (i) =>
          !(hideRetired && i.retired) &&
          (!needle || [i.code, i.name, i.nameEn].some((s) => s.toLowerCase().includes(needle))),
      ),
    }))
    .filter((v) => !needle || v.items.length > 0);
}
