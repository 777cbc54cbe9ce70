/** 综合排名: the indicators' composite score, grade and rank of each subject kind over a period, with exports. */
import { can } from '@envgrid/core';
import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { indicatorsApi } from '../../api/indicators-api.ts';
import { SUBJECT_KINDS, type SubjectKind } from '../../api/indicators-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { ExportButtons } from '../dashboard/export-buttons.tsx';
import { IndicatorTable } from './indicator-table.tsx';

export const SUBJECT_LABELS: Record<SubjectKind, MessageKey> = {
  street: 'assess.subject.street',
  department: 'assess.subject.department',
  supervisor: 'assess.subject.supervisor',
  staff: 'assess.subject.staff',
};

function KindTable({ kind, from, to }: { kind: SubjectKind; from: string; to: string }) {
  const query = { subject: kind, from, to };
  const table = useApi(`indicators:${kind}:${from}:${to}`, (signal) => indicatorsApi.list(query, signal));
  return (
    <>
      <ApiErrorAlert error={table.error} onRetry={table.reload} />
      <IndicatorTable rows={table.data?.rows ?? []} loading={table.loading} testId={`indicators-${kind}`} />
    </>
  );
}

/**
 * The subject kinds whose indicators a user reads (as the server's scope filter): all of them
 * with `assessment.read`; a sub-center its street and its supervisors; a department its own row.
 */
export function rankingKinds(user: { roles: readonly string[]; scope: { kind: string } }): SubjectKind[] {
  if (can(user, 'assessment.read')) return [...SUBJECT_KINDS];
  if (!can(user, 'assessment.readOwn')) return [];
  if (user.scope.kind === 'street') return SUBJECT_KINDS.filter((k) => k !== 'department' && k !== 'staff');
  if (user.scope.kind === 'department') return ['department'];
  return [];
}

export function CompositeRanking({ from, to, kinds }: { from: string; to: string; kinds: SubjectKind[] }) {
  const t = useT();
  const [picked, setKind] = useState<SubjectKind | null>(null);
  const kind = picked && kinds.includes(picked) ? picked : kinds.includes('street') ? 'street' : kinds[0];
  if (!kind) return null;
  return (
    <Card
      size="small"
      title={t('dash.composite')}
      data-testid="dash-composite"
      extra={
        <ExportButtons
          size="small"
          testId="indicators-export"
          urlOf={(f) => indicatorsApi.exportUrl(f, { subject: kind, from, to })}
        />
      }
    >
      <Tabs
        size="small"
        activeKey={kind}
        onChange={(k) => setKind(k as SubjectKind)}
        destroyOnHidden
        items={kinds.map((k) => ({
          key: k,
          label: t(SUBJECT_LABELS[k]),
          children: <KindTable kind={k} from={from} to={to} />,
        }))}
      />
    </Card>
  );
}
