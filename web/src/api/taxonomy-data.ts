/**
 * The problem taxonomy (category → item), asked for once per session like the other reference
 * data, with lookups by item code. Until the server answers, names fall back to the codes.
 */
import { useMemo } from 'react';
import { api } from './client.ts';
import type { TaxonomyCategoryView, TaxonomyItemView } from './case-types.ts';
import { useApi } from './use-api.ts';

let pending: Promise<TaxonomyCategoryView[]> | null = null;

function loadTaxonomy(): Promise<TaxonomyCategoryView[]> {
  if (!pending) {
    const p = api.get<TaxonomyCategoryView[]>('/api/v1/taxonomy');
    pending = p;
    p.catch(() => {
      if (pending === p) pending = null;
    });
  }
  return pending;
}

export interface TaxonomyIndex {
  categories: TaxonomyCategoryView[];
  itemByCode: Map<string, TaxonomyItemView & { categoryCode: string }>;
}

export function useTaxonomy() {
  const query = useApi('ref:taxonomy', () => loadTaxonomy());
  const index = useMemo<TaxonomyIndex>(() => {
    const categories = query.data ?? [];
    const itemByCode = new Map<string, TaxonomyItemView & { categoryCode: string }>();
    for (const c of categories)
      for (const i of c.items) itemByCode.set(i.code, { ...i, categoryCode: c.code });
    return { categories, itemByCode };
  }, [query.data]);
  return { ...query, index };
}
