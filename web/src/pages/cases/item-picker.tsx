/** 问题类型: a category → item cascader over the taxonomy, with the item's hint shown below. */
import { Cascader, Typography } from 'antd';
import { useMemo } from 'react';
import type { TaxonomyIndex } from '../../api/taxonomy-data.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

interface ItemPickerProps {
  taxonomy: TaxonomyIndex;
  /** The item code. */
  value?: string;
  onChange?: (code: string | undefined) => void;
  testId?: string;
  loading?: boolean;
}

export function ItemPicker({ taxonomy, value, onChange, testId, loading }: ItemPickerProps) {
  const { locale, t } = useI18n();
  const en = locale === 'en';
  const options = useMemo(
    () =>
      taxonomy.categories.map((c) => ({
        value: c.code,
        label: en ? c.nameEn : c.name,
        children: c.items.map((i) => ({
          value: i.code,
          label: en ? i.nameEn : i.name,
          title: (en ? i.hintEn : i.hint) ?? undefined,
        })),
      })),
    [taxonomy, en],
  );
  const item = value ? taxonomy.itemByCode.get(value) : undefined;
  const hint = item ? ((en ? item.hintEn : item.hint) ?? item.hint) : undefined;
  return (
    <>
      <Cascader
        data-testid={testId}
        options={options}
        loading={loading}
        value={item ? [item.categoryCode, item.code] : value ? [value] : undefined}
        onChange={(path) => onChange?.(path ? (path[path.length - 1] as string | undefined) : undefined)}
        placeholder={t('cases.field.itemPlaceholder')}
        showSearch={{
          filter: (input, path) =>
            path.some((o) => String(o.label).toLowerCase().includes(input.toLowerCase())),
        }}
        style={{ width: '100%' }}
      />
      {hint && (
        <Typography.Text
          type="secondary"
          style={{ display: 'block', marginTop: 4, fontSize: 12 }}
          data-testid="item-hint"
        >
          {hint}
        </Typography.Text>
      )}
    </>
  );
}
