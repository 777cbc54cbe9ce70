/**
 * The problem taxonomy (category → item), asked for once per session like the other reference
 * data, with lookups by item code. Until the server answers, names fall back to the codes.
 */
import { useMemo } from 'react';
import type { TaxonomyCategoryView, TaxonomyItemView } from './case-types.ts';
import { settingsApi } from './settings-api.ts';
import { useApi } from './use-api.ts';

export interface TaxonomyIndex {
  categories: TaxonomyCategoryView[];
  itemByCode: Map<string, TaxonomyItemView & { categoryCode: string }>;
}

export function useTaxonomy() {
  const query = useApi('ref:taxonomy', (signal) => settingsApi.taxonomy(signal), {
    staleTime: Number.POSITIVE_INFINITY,
  });
  const index = useMemo<TaxonomyIndex>(() => {
    const categories = query.data ?? [];
    const itemByCode = new Map<string, TaxonomyItemView & { categoryCode: string }>();
    for (const c of categories)
      for (const i of c.items) itemByCode.set(i.code, { ...i, categoryCode: c.code });
    return { categories, itemByCode };
  }, [query.data]);
  return { ...query, index };
}
