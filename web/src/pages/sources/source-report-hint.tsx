/**
 * On the report form opened from a source (巡查 "有问题", or the source's page): which source, and
 * the problem items of its type to pick from (the taxonomy's `sourceType`).
 */
import { Alert, Flex, Tag } from 'antd';
import type { TaxonomyIndex } from '../../api/taxonomy-data.ts';
import type { Source } from '../../api/source-types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** The items a report about a source of `type` is likely to be (not the "new source" ones). */
export function itemHintsFor(taxonomy: TaxonomyIndex, type: string): string[] {
  return [...taxonomy.itemByCode.values()]
    .filter((i) => i.sourceType === type && !i.proposesSource)
    .map((i) => i.code);
}

export function SourceReportHint({
  source,
  taxonomy,
  onPick,
}: {
  source: Source;
  taxonomy: TaxonomyIndex;
  onPick: (itemCode: string) => void;
}) {
  const { t, locale } = useI18n();
  const hints = itemHintsFor(taxonomy, source.type);
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="report-source"
      title={t('sources.report.fromSource', { name: source.name })}
      description={
        hints.length > 0 && (
          <Flex wrap gap={4} align="center">
            {t('sources.report.itemHints')}
            {hints.map((code) => {
              const item = taxonomy.itemByCode.get(code)!;
              return (
                <Tag.CheckableTag
                  key={code}
                  checked={false}
                  onChange={() => onPick(code)}
                  data-testid={`report-hint-${code}`}
                  style={{ border: '1px solid #91caff' }}
                >
                  {locale === 'en' ? item.nameEn : item.name}
                </Tag.CheckableTag>
              );
            })}
          </Flex>
        )
      }
    />
  );
}
