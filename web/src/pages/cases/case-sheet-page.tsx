/**
 * 案件处理单: a case on one printable page — its fields, evaluation, the handling timeline and its
 * photos — printed with the browser (window.print()); the print CSS hides the app around it.
 */
import { Flex, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { casesApi } from '../../api/cases-api.ts';
import { dashboardApi } from '../../api/dashboard-api.ts';
import type { CaseSheet } from '../../api/dashboard-types.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { PrintBar } from '../../components/print-bar.tsx';
import { usePrintSheet } from '../../components/use-print-sheet.ts';
import { useT, type Translate } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';

const CHANNELS: Record<string, MessageKey> = {
  patrol: 'cases.channel.patrol',
  hotline: 'cases.channel.hotline',
  public: 'cases.channel.public',
};

function channelName(t: Translate, channel: string): string {
  return t(Object.hasOwn(CHANNELS, channel) ? CHANNELS[channel]! : 'cases.channel.other');
}

function Fields({ rows }: { rows: [MessageKey, ReactNode, MessageKey?, ReactNode?][] }) {
  const t = useT();
  return (
    <table className="eg-sheet-table">
      <tbody>
        {rows.map(([a, va, b, vb]) => (
          <tr key={a}>
            <th>{t(a)}</th>
            <td colSpan={b ? 1 : 3}>{va}</td>
            {b && (
              <>
                <th>{t(b)}</th>
                <td>{vb}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SheetBody({ sheet, photoUrls }: { sheet: CaseSheet; photoUrls: Map<string, string> }) {
  const t = useT();
  const time = useBusinessTime();
  const yesNo = (v: boolean | null | undefined) =>
    v === null || v === undefined ? '—' : t(v ? 'sheet.yes' : 'sheet.no');
  const ev = sheet.evaluation;
  const photos = sheet.photoIds.flatMap((id) => {
    const url = photoUrls.get(id);
    return url ? [{ id, url }] : [];
  });
  return (
    <div className="eg-sheet" data-testid="case-sheet" data-case-no={sheet.caseNo}>
      <h1>{t('sheet.title')}</h1>
      <Flex justify="space-between" style={{ fontSize: 12, marginBottom: 8 }}>
        <span>
          {t('sheet.caseNo')}: <b data-testid="sheet-case-no">{sheet.caseNo}</b>
        </span>
        <span>{t('sheet.printedAt', { at: time.dateTime(sheet.printedAt) })}</span>
      </Flex>
      <Fields
        rows={[
          ['sheet.status', sheet.statusName, 'sheet.channel', channelName(t, sheet.channel)],
          ['sheet.category', sheet.category.name, 'sheet.item', sheet.item.name],
          ['sheet.urgency', sheet.urgencyName, 'sheet.level', sheet.levelName],
          ['sheet.street', sheet.street.name, 'sheet.community', sheet.community.name],
          [
            'sheet.grid',
            `${sheet.grid.name} (${sheet.grid.code})`,
            'sheet.location',
            `${sheet.location.lng.toFixed(6)}, ${sheet.location.lat.toFixed(6)}`,
          ],
          ['sheet.address', sheet.address ?? '—'],
          [
            'sheet.reporter',
            sheet.reporter?.displayName ?? '—',
            'sheet.reportedAt',
            time.dateTime(sheet.createdAt),
          ],
          [
            'sheet.lead',
            sheet.leadDepartment?.name ?? '—',
            'sheet.assist',
            sheet.assistDepartments.map((d) => d.name).join('、') || '—',
          ],
          [
            'sheet.deadline',
            sheet.deadline
              ? `${time.dateTime(sheet.deadline)}${sheet.overdue ? ` (${t('sheet.overdue')})` : ''}`
              : '—',
            'sheet.closedAt',
            sheet.closedAt ? time.dateTime(sheet.closedAt) : '—',
          ],
          ['sheet.description', <span style={{ whiteSpace: 'pre-wrap' }}>{sheet.description}</span>],
          ...(ev
            ? ([
                [
                  'sheet.evaluation',
                  `${t('sheet.allOnTime')}: ${yesNo(ev.allOnTime)}  ${t('sheet.grassroots')}: ${yesNo(ev.grassroots)}`,
                  'sheet.rating',
                  ev.rating ?? '—',
                ],
              ] as [MessageKey, ReactNode, MessageKey, ReactNode][])
            : []),
        ]}
      />
      <h2>{t('sheet.timeline')}</h2>
      <table className="eg-sheet-table" data-testid="sheet-timeline">
        <thead>
          <tr>
            <th>{t('sheet.col.at')}</th>
            <th>{t('sheet.col.step')}</th>
            <th>{t('sheet.col.action')}</th>
            <th>{t('sheet.col.actor')}</th>
            <th style={{ width: 'auto' }}>{t('sheet.col.note')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.timeline.map((e) => (
            <tr key={e.seq}>
              <td style={{ whiteSpace: 'nowrap' }}>{time.dateTime(e.at)}</td>
              <td style={{ whiteSpace: 'nowrap' }}>{e.planStepName ?? '—'}</td>
              <td style={{ whiteSpace: 'nowrap' }}>{e.actionName}</td>
              <td style={{ whiteSpace: 'nowrap' }}>{e.actor?.displayName ?? '—'}</td>
              <td style={{ whiteSpace: 'pre-wrap' }}>{e.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {photos.length > 0 && (
        <>
          <h2>{t('sheet.photos')}</h2>
          <div className="eg-sheet-photos">
            {photos.map((p) => (
              <img key={p.id} src={p.url} alt="" data-testid="sheet-photo" />
            ))}
          </div>
        </>
      )}
      <div className="eg-sheet-sign">
        <span>{t('sheet.signature')}</span>
        <span>{t('sheet.signatureDate')}</span>
      </div>
    </div>
  );
}

export function CaseSheetPage() {
  const t = useT();
  const { id = '' } = useParams();
  const sheet = useApi(`case-sheet:${id}`, (signal) => dashboardApi.caseSheet(id, signal));
  const events = useApi(`case-events:${id}`, (signal) => casesApi.events(id, signal));
  useDocumentTitle(sheet.data ? `${t('sheet.title')} ${sheet.data.caseNo}` : t('sheet.title'));
  usePrintSheet();
  const photoUrls = new Map(
    (events.data?.items ?? []).flatMap((e) => e.attachments.map((a) => [a.id, a.url] as [string, string])),
  );
  if (sheet.error && !sheet.data)
    return sheet.error.status === 404 ? (
      <Result status="404" title={t('cases.detail.notFound')} />
    ) : (
      <ApiErrorAlert error={sheet.error} onRetry={sheet.reload} />
    );
  return (
    <Flex vertical gap={12} data-testid="page-case-sheet">
      <PrintBar
        backTo={`/cases/${encodeURIComponent(id)}`}
        backLabel={t('sheet.back')}
        printLabel={t('sheet.print')}
        ready={!!sheet.data}
        printTestId="sheet-print"
      />
      {sheet.data ? <SheetBody sheet={sheet.data} photoUrls={photoUrls} /> : <Skeleton active />}
    </Flex>
  );
}
