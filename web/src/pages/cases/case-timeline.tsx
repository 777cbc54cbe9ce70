/**
 * The case's history under the plan's eight steps (信息采集 … 绩效考核): an overview of the steps
 * reached, then every event in order, with a heading wherever the step changes.
 */
import { CASE_STATUS_INFO, PLAN_STEPS, PLAN_STEP_NAMES, timelineStep, type PlanStep } from '@envgrid/core';
import { Flex, Image, Rate, Steps, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Case, CaseEvent } from '../../api/case-types.ts';
import type { Department } from '../../api/types.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { useIsMobile } from '../../components/use-media-query.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PhotoStrip } from './case-photos.tsx';
import { StatusTag } from './case-tags.tsx';
import { useCaseNames } from './use-case-names.ts';

const RED = new Set(['reject', 'void', 'return', 'deny_extension', 'deny_suspension']);
const GREEN = new Set(['close', 'feedback', 'assist_feedback', 'approve_extension', 'resume', 'evaluate']);

function eventColor(e: CaseEvent): string {
  if (RED.has(e.action) || (e.action === 'check' && e.payload.passed === false)) return 'red';
  if (GREEN.has(e.action) || (e.action === 'check' && e.payload.passed === true)) return 'green';
  if (e.action === 'urge' || e.action === 'supervise') return 'orange';
  return 'blue';
}

function stepOf(e: CaseEvent): PlanStep {
  return e.planStep ?? timelineStep(e.action, e.fromStatus);
}

function StepOverview({ c }: { c: Case }) {
  const { lang } = useCaseNames();
  const { t } = useI18n();
  const mobile = useIsMobile();
  const info = CASE_STATUS_INFO[c.status];
  const current = PLAN_STEPS.indexOf(info.planStep);
  const stopped = c.status === 'rejected' || c.status === 'voided';
  if (mobile)
    return (
      <Typography.Paragraph data-testid="case-steps">
        <span className="eg-step-no">{PLAN_STEP_NAMES[info.planStep].no}</span>{' '}
        {t('cases.timeline.currentStep', {
          step: PLAN_STEP_NAMES[info.planStep][lang],
          no: PLAN_STEP_NAMES[info.planStep].no,
        })}
      </Typography.Paragraph>
    );
  return (
    <Steps
      type="dot"
      size="small"
      responsive={false}
      current={current}
      status={stopped ? 'error' : c.status === 'closed' && c.evaluation ? 'finish' : 'process'}
      data-testid="case-steps"
      items={PLAN_STEPS.map((s) => ({ title: PLAN_STEP_NAMES[s][lang], key: s }))}
      style={{ marginBottom: 20 }}
    />
  );
}

export function CaseTimeline({
  c,
  events,
  departments,
}: {
  c: Case;
  events: CaseEvent[];
  departments: Map<string, Department>;
}) {
  const { t, locale } = useI18n();
  const { dateTime } = useBusinessTime();
  const names = useCaseNames();
  const dept = (id: unknown) => {
    if (typeof id !== 'string') return '';
    const d = departments.get(id);
    return d ? (locale === 'en' ? d.nameEn || d.name : d.name) : id;
  };

  const details = (e: CaseEvent): ReactNode[] => {
    const p = e.payload;
    const out: ReactNode[] = [];
    const line = (key: string, label: string, value: ReactNode) =>
      out.push(
        <div key={key}>
          <Typography.Text type="secondary">{label}:</Typography.Text> {value}
        </div>,
      );
    if (e.action === 'report' && typeof p.channel === 'string')
      line(
        'channel',
        t('cases.field.channel'),
        t(
          `cases.channel.${p.channel === 'hotline' ? 'hotline' : p.channel === 'patrol' ? 'patrol' : 'other'}`,
        ),
      );
    if (e.action === 'report' && p.resolvedOnSite === true)
      line('onSite', t('cases.report.onSite'), t('cases.evaluation.yes'));
    if (e.action === 'file' || e.action === 'report') {
      if (typeof p.itemCode === 'string' && e.action === 'file')
        line('item', t('cases.field.item'), names.itemName(p.itemCode));
      if (typeof p.urgency === 'string' && e.action === 'file')
        line('urgency', t('cases.field.urgency'), names.urgencyName(p.urgency));
      if (typeof p.level === 'string') line('level', t('cases.field.level'), names.levelName(p.level));
    }
    if (typeof p.real === 'boolean')
      line('real', t('cases.field.real'), p.real ? t('cases.verify.real') : t('cases.verify.false'));
    if (typeof p.passed === 'boolean')
      line(
        'passed',
        t('cases.field.passed'),
        <Tag color={p.passed ? 'green' : 'red'}>
          {p.passed ? t('cases.check.passed') : t('cases.check.failed')}
        </Tag>,
      );
    if (p.leadDepartmentId) line('lead', t('cases.field.leadDepartment'), dept(p.leadDepartmentId));
    if (Array.isArray(p.assistDepartmentIds) && p.assistDepartmentIds.length)
      line('assist', t('cases.field.assistDepartments'), p.assistDepartmentIds.map(dept).join('、'));
    if (typeof p.departmentId === 'string' && e.action === 'assist_feedback')
      line('dept', t('cases.timeline.department'), dept(p.departmentId));
    const extra = p.extra as { amount?: number; unit?: string } | undefined;
    if (extra?.amount)
      line(
        'extra',
        t('cases.field.extension'),
        `${extra.amount} ${t(extra.unit === 'day' ? 'cases.unit.day' : extra.unit === 'minute' ? 'cases.unit.minute' : 'cases.unit.hour')}`,
      );
    for (const key of ['reason', 'result', 'missingPartsReason', 'note', 'comment'] as const)
      if (typeof p[key] === 'string' && p[key])
        line(key, t(`cases.field.${key}`), <span style={{ whiteSpace: 'pre-wrap' }}>{p[key]}</span>);
    if (typeof p.duplicateOf === 'string')
      line(
        'dup',
        t('cases.field.duplicateOf'),
        <Link to={`/cases/${p.duplicateOf}`}>{t('cases.timeline.openCase')}</Link>,
      );
    if (typeof p.rating === 'number')
      line('rating', t('cases.field.rating'), <Rate disabled value={p.rating} style={{ fontSize: 14 }} />);
    if (typeof p.deadlineMs === 'number')
      line('deadline', t('cases.timeline.deadline'), dateTime(p.deadlineMs));
    return out;
  };

  const items: { key: string; color?: string; icon?: ReactNode; content: ReactNode }[] = [];
  let prev: PlanStep | null = null;
  for (const e of events) {
    const step = stepOf(e);
    if (step !== prev) {
      items.push({
        key: `step-${e.seq}`,
        icon: <span className="eg-step-no">{PLAN_STEP_NAMES[step].no}</span>,
        content: (
          <Typography.Text strong data-testid={`timeline-step-${step}`}>
            {names.stepName(step)}
          </Typography.Text>
        ),
      });
      prev = step;
    }
    items.push({
      key: `e-${e.seq}`,
      color: eventColor(e),
      content: (
        <div data-testid={`timeline-event-${e.action}`} data-seq={e.seq}>
          <Flex wrap gap={6} align="center">
            <Typography.Text strong>{names.actionName(e.action)}</Typography.Text>
            {e.fromStatus !== e.toStatus && (
              <span>
                {e.fromStatus && <StatusTag status={e.fromStatus} />}→ <StatusTag status={e.toStatus} />
              </span>
            )}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {dateTime(e.at)} ·{' '}
            {e.actor ? `${e.actor.displayName} (${e.actor.username})` : t('cases.timeline.system')}
          </Typography.Text>
          <div style={{ marginTop: 4 }}>{details(e)}</div>
          {e.attachments.length > 0 && (
            <div style={{ marginTop: 6 }}>
              <Image.PreviewGroup>
                <PhotoStrip photos={e.attachments} size={64} />
              </Image.PreviewGroup>
            </div>
          )}
        </div>
      ),
    });
  }

  return (
    <div data-testid="case-timeline">
      <StepOverview c={c} />
      <Timeline items={items} />
    </div>
  );
}
