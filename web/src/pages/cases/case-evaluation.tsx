/** 综合评价 of a closed case: on time per step, returns, reworks, extensions, working time, rating. */
import { WORKFLOW_STEPS, WORKFLOW_STEP_NAMES } from '@envgrid/core';
import { Card, Descriptions, Flex, Rate, Tag } from 'antd';
import type { Case } from '../../api/case-types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatDuration } from './case-format.ts';

export function CaseEvaluationCard({ evaluation: e }: { evaluation: NonNullable<Case['evaluation']> }) {
  const { t, locale } = useI18n();
  const lang = locale === 'en' ? 'en' : 'zh';
  const onTime = e.onTime ?? null;
  return (
    <Card
      size="small"
      title={t('cases.evaluation.title')}

      data-testid="case-evaluation"
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'onTime',
            label: t('cases.evaluation.onTime'),
            children: (
              <Flex wrap gap={4}>
                {WORKFLOW_STEPS.filter((s) => onTime && onTime[s] !== null && onTime[s] !== undefined).map(
                  (s) => (
                    <Tag key={s} color={onTime?.[s] ? 'green' : 'red'}>
                      {WORKFLOW_STEP_NAMES[s][lang]}{' '}
                      {onTime?.[s] ? t('cases.evaluation.inTime') : t('cases.evaluation.late')}
                    </Tag>
                  ),
                )}
              </Flex>
            ),
          },
          { key: 'returns', label: t('cases.evaluation.returns'), children: e.returns ?? 0 },
          { key: 'reworks', label: t('cases.evaluation.reworks'), children: e.reworks ?? 0 },
          { key: 'extensions', label: t('cases.evaluation.extensions'), children: e.extensions ?? 0 },
          {
            key: 'working',
            label: t('cases.evaluation.workingTime'),
            children: typeof e.workingMs === 'number' ? formatDuration(e.workingMs, t) : '—',
          },
          {
            key: 'grassroots',
            label: t('cases.evaluation.grassroots'),
            children: e.grassroots ? t('cases.evaluation.yes') : t('cases.evaluation.no'),
          },
          {
            key: 'rating',
            label: t('cases.evaluation.rating'),
            children:
              typeof e.rating === 'number' ? (
                <Rate disabled value={e.rating} />
              ) : (
                t('cases.evaluation.noRating')
              ),
          },
        ]}
      />
    </Card>
  );
}
