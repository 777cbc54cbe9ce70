/**
 * 绩效考核报告: one frozen assessment run on printable pages — the period, the weights and grade
 * bands it was frozen with, and per subject kind the grade counts and the ranked table with every
 * indicator (numerator / denominator), the subjects too small to rank, and who acknowledged.
 * A sub-center or department gets its own rows only, as the API scopes the run.
 */
import { Flex, Result, Skeleton } from 'antd';
import { useParams } from 'react-router-dom';
import { assessmentsApi } from '../../api/assessments-api.ts';
import type { AssessmentRun } from '../../api/assessments-types.ts';
import {
  SUBJECT_KINDS,
  type Grade,
  type IndicatorRow,
  type SubjectKind,
} from '../../api/indicators-types.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { PrintBar } from '../../components/print-bar.tsx';
import { usePrintSheet } from '../../components/use-print-sheet.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { SUBJECT_LABELS } from './composite-ranking.tsx';
import { formatValue, indicatorName } from './indicator-table.tsx';
import { KIND_LABELS } from './runs-panel.tsx';

const GRADES: Grade[] = ['A', 'B', 'C', 'D', 'E'];

function cellOf(row: IndicatorRow, key: string): string {
  const v = row.indicators[key];
  const shown = formatValue(v);
  return v && v.denominator !== null && v.value !== null
    ? `${shown} (${v.numerator}/${v.denominator})`
    : shown;
}

function KindSection({ run, kind }: { run: AssessmentRun; kind: SubjectKind }) {
  const t = useT();
  const time = useBusinessTime();
  const rows = run.results[kind] ?? [];
  const keys = Object.keys(rows[0]?.indicators ?? {});
  const ranked = rows.filter((r) => r.comparable).sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
  const apart = rows.filter((r) => !r.comparable);
  const acked = new Map(run.acks.filter((a) => a.subjectKind === kind).map((a) => [a.subjectId, a.at]));
  const showAcks = kind === 'street' || kind === 'department';
  const weights = run.definitions.weights[kind] ?? {};
  const table = (list: IndicatorRow[], withRank: boolean, testId: string) => (
    <table className="eg-sheet-table eg-report-table" data-testid={testId} data-rows={list.length}>
      <thead>
        <tr>
          {withRank && <th>{t('dash.rank.rank')}</th>}
          <th>{t('assess.col.subject')}</th>
          <th>{t('assess.col.score')}</th>
          <th>{t('assess.col.grade')}</th>
          {keys.map((k) => (
            <th key={k}>
              {indicatorName(t, k)}
              {weights[k] ? <div className="eg-report-weight">×{weights[k]}</div> : null}
            </th>
          ))}
          {showAcks && <th>{t('report.ack')}</th>}
        </tr>
      </thead>
      <tbody>
        {list.map((r) => (
          <tr
            key={r.subject.id}
            data-testid={`report-row-${kind}-${r.subject.code ?? r.subject.username ?? r.subject.id}`}
          >
            {withRank && <td>{r.rank ?? '—'}</td>}
            <td className="eg-report-name">{r.subject.name}</td>
            <td data-testid="report-score">{r.score ?? '—'}</td>
            <td>{r.grade ?? '—'}</td>
            {keys.map((k) => (
              <td key={k}>{cellOf(r, k)}</td>
            ))}
            {showAcks && (
              <td style={{ whiteSpace: 'nowrap' }}>
                {acked.has(r.subject.id) ? time.dateTime(acked.get(r.subject.id)!) : t('report.notAcked')}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section data-testid={`report-kind-${kind}`}>
      <h2>{t(SUBJECT_LABELS[kind])}</h2>
      <p className="eg-report-grades" data-testid={`report-grades-${kind}`}>
        {t('report.gradeCounts', { count: ranked.length })}{' '}
        {GRADES.map((g) => `${g} ${ranked.filter((r) => r.grade === g).length}`).join(' · ')}
      </p>
      {ranked.length > 0 && table(ranked, true, `report-table-${kind}`)}
      {apart.length > 0 && (
        <>
          <p>{t('assess.notComparable', { count: apart.length })}</p>
          {table(apart, false, `report-apart-${kind}`)}
        </>
      )}
    </section>
  );
}

function ReportBody({ run }: { run: AssessmentRun }) {
  const t = useT();
  const time = useBusinessTime();
  const d = run.definitions;
  const kinds = SUBJECT_KINDS.filter((k) => (run.results[k]?.length ?? 0) > 0);
  const bands = (['A', 'B', 'C', 'D'] as const).map((g) => `${g} ≥ ${d.gradeBands[g]}`).join(',');
  return (
    <div className="eg-sheet eg-report" data-testid="assessment-report" data-run-id={run.id}>
      <h1>{t('report.title')}</h1>
      <p style={{ textAlign: 'center', margin: '0 0 12px' }}>
        {t(KIND_LABELS[run.periodKind])} {run.from} {t('report.to')} {run.to}
      </p>
      <table className="eg-sheet-table">
        <tbody>
          <tr>
            <th>{t('report.status')}</th>
            <td>{t(run.supersededBy ? 'assess.runs.superseded' : 'assess.runs.current')}</td>
            <th>{t('report.computedAt')}</th>
            <td>{time.dateTime(d.computedAt)}</td>
          </tr>
          <tr>
            <th>{t('assess.runs.weights')}</th>
            <td>v{d.weightsVersion}</td>
            <th>{t('report.definitions')}</th>
            <td>v{d.definitionsVersion}</td>
          </tr>
          <tr>
            <th>{t('assess.weights.bands')}</th>
            <td>{bands}</td>
            <th>{t('report.minSample')}</th>
            <td>{d.minSample}</td>
          </tr>
        </tbody>
      </table>
      <p className="eg-report-note">{t('report.note')}</p>
      {kinds.map((k) => (
        <KindSection key={k} run={run} kind={k} />
      ))}
      <div className="eg-sheet-sign">
        <span>{t('report.signature')}</span>
        <span>{t('sheet.signatureDate')}</span>
      </div>
    </div>
  );
}

export function AssessmentReportPage() {
  const t = useT();
  const { id = '' } = useParams();
  const run = useApi(`assessment:${id}`, (signal) => assessmentsApi.get(id, signal));
  const data = run.data?.id === id ? run.data : undefined;
  useDocumentTitle(data ? `${t('report.title')} ${data.from}–${data.to}` : t('report.title'));
  usePrintSheet();
  if (run.error && !data)
    return run.error.status === 404 ? (
      <Result status="404" title={t('report.notFound')} />
    ) : (
      <ApiErrorAlert error={run.error} onRetry={run.reload} />
    );
  return (
    <Flex vertical gap={12} data-testid="page-assessment-report">
      <PrintBar
        backTo={`/assessment/runs/${encodeURIComponent(id)}`}
        backLabel={t('report.back')}
        printLabel={t('report.print')}
        ready={!!data}
        printTestId="report-print"
      />
      {data ? <ReportBody run={data} /> : <Skeleton active />}
    </Flex>
  );
}
