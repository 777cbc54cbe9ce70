/**
 * One subject kind's indicator rows: rank, name, composite score and grade, then each indicator.
 * Subjects that are not comparable (too small a sample) are listed apart, without a rank.
 */
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Grade, IndicatorRow, IndicatorValue } from '../../api/indicators-types.ts';
import { useT, type Translate } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { percent } from '../dashboard/period.ts';

export const GRADE_COLORS: Record<Grade, string> = {
  A: 'green',
  B: 'cyan',
  C: 'blue',
  D: 'orange',
  E: 'red',
};

export function GradeTag({ grade }: { grade: Grade | null }) {
  return grade ? (
    <Tag color={GRADE_COLORS[grade]}>{grade}</Tag>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );
}

/** The indicator's name, or its key when the dictionary does not know it. */
export function indicatorName(t: Translate, key: string): string {
  const name = t(`ind.${key}` as MessageKey);
  return name === `ind.${key}` ? key : name;
}

export function formatValue(v: IndicatorValue | undefined): string {
  if (!v || v.value === null) return '—';
  return v.denominator === null ? String(v.value) : percent(v.value);
}

function columns(t: Translate, keys: string[], ranked: boolean): ColumnsType<IndicatorRow> {
  return [
    ...(ranked
      ? [
          {
            title: t('dash.rank.rank'),
            key: 'rank',
            width: 60,
            fixed: 'left' as const,
            render: (_: unknown, r: IndicatorRow) => r.rank ?? '—',
          },
        ]
      : []),
    {
      title: t('assess.col.subject'),
      key: 'name',
      fixed: 'left',
      render: (_, r) => (
        <span
          data-testid={`ind-row-${r.subject.kind}-${r.subject.code ?? r.subject.username ?? r.subject.id}`}
        >
          {r.subject.name}
        </span>
      ),
    },
    { title: t('assess.col.score'), key: 'score', align: 'right', render: (_, r) => r.score ?? '—' },
    { title: t('assess.col.grade'), key: 'grade', render: (_, r) => <GradeTag grade={r.grade} /> },
    ...keys.map((k) => ({
      title: indicatorName(t, k),
      key: k,
      align: 'right' as const,
      render: (_: unknown, r: IndicatorRow) => {
        const v = r.indicators[k];
        return v && v.denominator !== null ? (
          <Tooltip title={`${v.numerator} / ${v.denominator}`}>{formatValue(v)}</Tooltip>
        ) : (
          formatValue(v)
        );
      },
    })),
  ];
}

export function IndicatorTable({
  rows,
  testId,
  loading,
}: {
  rows: IndicatorRow[];
  testId: string;
  loading?: boolean;
}) {
  const t = useT();
  const keys = Object.keys(rows[0]?.indicators ?? {});
  const ranked = rows.filter((r) => r.comparable);
  const apart = rows.filter((r) => !r.comparable);
  const rowKey = (r: IndicatorRow) => `${r.subject.kind}:${r.subject.id}`;
  return (
    <div data-testid={testId} data-rows={rows.length}>
      <Table
        size="small"
        rowKey={rowKey}
        loading={loading}
        pagination={ranked.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        dataSource={ranked}
        columns={columns(t, keys, true)}
      />
      {apart.length > 0 && (
        <div style={{ marginTop: 12 }} data-testid={`${testId}-apart`}>
          <Typography.Text type="secondary">
            {t('assess.notComparable', { count: apart.length })}
          </Typography.Text>
          <Table
            size="small"
            rowKey={rowKey}
            pagination={apart.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
            dataSource={apart}
            columns={columns(t, keys, false)}
          />
        </div>
      )}
    </div>
  );
}
