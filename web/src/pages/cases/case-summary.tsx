/** The case's header card: number, state, light and countdown, facts, description, requests, actions. */
import { Alert, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import type { Case, CaseEvent } from '../../api/case-types.ts';
import type { RegionIndex } from '../../api/reference-data.ts';
import type { Department } from '../../api/types.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { useIsMobile } from '../../components/use-media-query.ts';
import { ZoneHint } from '../../components/zone-hint.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { CaseActionBar } from './case-action-bar.tsx';
import { useNow } from './case-format.ts';
import { CaseLight, LevelTag, StatusTag, UrgencyTag } from './case-tags.tsx';
import { useCaseNames } from './use-case-names.ts';

interface CaseSummaryProps {
  c: Case;
  events: CaseEvent[];
  regions: RegionIndex | undefined;
  departments: Map<string, Department>;
  onChanged: () => void;
}

function Countdown({ deadline, running }: { deadline: number; running: boolean }) {
  const t = useT();
  const { countdown } = useBusinessTime();
  const now = useNow(1000);
  const left = deadline - now;
  if (!running) return null;
  return (
    <Typography.Text
      type={left < 0 ? 'danger' : 'secondary'}
      data-testid="case-countdown"
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {left < 0
        ? t('cases.countdown.past', { time: countdown(left) })
        : t('cases.countdown.left', { time: countdown(left) })}
    </Typography.Text>
  );
}

export function CaseSummary({ c, events, regions, departments, onChanged }: CaseSummaryProps) {
  const t = useT();
  const { dateTime } = useBusinessTime();
  const names = useCaseNames();
  const mobile = useIsMobile();
  const request = c.pendingRequest;
  const requester = request
    ? [...events].reverse().find((e) => e.action === `request_${request.kind}`)?.actor?.displayName
    : undefined;
  const requesterDept = request && c.leadDepartmentId ? departments.get(c.leadDepartmentId)?.name : undefined;
  const place = [regions?.nameOf(c.streetCode), regions?.nameOf(c.communityCode)].filter(Boolean).join(' · ');

  return (
    <Card
      data-testid="case-summary"
      title={
        <Flex wrap gap={8} align="center">
          <span data-testid="case-no">{c.caseNo}</span>
          <StatusTag status={c.status} testId="case-status" />
          {c.supervised && <Tag color="red">{t('cases.supervisedTag')}</Tag>}
          {c.resolvedOnSite && <Tag color="green">{t('cases.onSiteTag')}</Tag>}
        </Flex>
      }
      extra={!mobile && c.light && <CaseLight c={c} />}
    >
      {mobile && c.light && (
        <div style={{ marginBottom: 8 }}>
          <CaseLight c={c} />
        </div>
      )}
      <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="case-item">
        {names.itemName(c.itemCode)}
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="case-description">
        {c.description}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, xxl: 3 }}
        data-testid="case-facts"
        items={[
          { key: 'urgency', label: t('cases.field.urgency'), children: <UrgencyTag urgency={c.urgency} /> },
          { key: 'level', label: t('cases.field.level'), children: <LevelTag level={c.level} /> },
          { key: 'channel', label: t('cases.field.channel'), children: t(channelKey(c.channel)) },
          ...(c.deadline
            ? [
                {
                  key: 'deadline',
                  label: t('cases.field.deadline'),
                  children: (
                    <Space orientation="vertical" size={0}>
                      <span>
                        <span data-testid="case-deadline">{dateTime(c.deadline)}</span>
                        <ZoneHint />
                      </span>
                      <Countdown deadline={c.deadline} running={!c.suspended} />
                    </Space>
                  ),
                },
              ]
            : []),
          { key: 'place', label: t('cases.field.place'), children: place || c.streetCode },
          { key: 'grid', label: t('grid.code'), children: <span data-testid="case-grid">{c.gridCode}</span> },
          ...(c.address ? [{ key: 'address', label: t('cases.field.address'), children: c.address }] : []),
          { key: 'createdAt', label: t('cases.field.createdAt'), children: dateTime(c.createdAt) },
          ...(c.closedAt
            ? [{ key: 'closedAt', label: t('cases.field.closedAt'), children: dateTime(c.closedAt) }]
            : []),
          ...(c.reporterContact && (c.reporterContact.name || c.reporterContact.phone)
            ? [
                {
                  key: 'caller',
                  label: t('cases.field.caller'),
                  children: [c.reporterContact.name, c.reporterContact.phone].filter(Boolean).join(' · '),
                },
              ]
            : []),
          ...countersItems(c, t),
        ]}
      />
      {c.calendarFallback && (
        <Alert
          type="warning"
          showIcon
          title={t('cases.calendarFallback')}
          style={{ marginTop: 8 }}
          data-testid="case-calendar-fallback"
        />
      )}
      {request && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          data-testid="case-pending-request"
          title={
            request.kind === 'extension' && request.extra
              ? t('cases.request.extension', {
                  amount: request.extra.amount,
                  unit: t(
                    request.extra.unit === 'day'
                      ? 'cases.unit.day'
                      : request.extra.unit === 'minute'
                        ? 'cases.unit.minute'
                        : 'cases.unit.hour',
                  ),
                })
              : t('cases.request.suspension')
          }
          description={
            <>
              <div>{t('cases.request.reason', { reason: request.reason || '—' })}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[requester, requesterDept, dateTime(request.requestedAt)].filter(Boolean).join(' · ')}
              </Typography.Text>
            </>
          }
        />
      )}
      <CaseActionBar c={c} onChanged={onChanged} />
    </Card>
  );
}

function channelKey(channel: string) {
  switch (channel) {
    case 'patrol':
      return 'cases.channel.patrol' as const;
    case 'hotline':
      return 'cases.channel.hotline' as const;
    case 'public':
    case 'open311':
      return 'cases.channel.public' as const;
    default:
      return 'cases.channel.other' as const;
  }
}

function countersItems(c: Case, t: ReturnType<typeof useT>) {
  const parts = [
    c.counters.returned ? t('cases.counter.returned', { n: c.counters.returned }) : null,
    c.counters.reworked ? t('cases.counter.reworked', { n: c.counters.reworked }) : null,
    c.counters.extended ? t('cases.counter.extended', { n: c.counters.extended }) : null,
    c.counters.suspended ? t('cases.counter.suspended', { n: c.counters.suspended }) : null,
    c.counters.urged ? t('cases.counter.urged', { n: c.counters.urged }) : null,
  ].filter(Boolean);
  return parts.length
    ? [{ key: 'counters', label: t('cases.field.counters'), children: parts.join(' · ') }]
    : [];
}
