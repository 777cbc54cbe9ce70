import { planStepRoles, PLAN_STEPS, type PlanStep } from '@envgrid/core';
import { Card, Col, Row, Tag, Typography } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/zh-CN.ts';

/** The label of each of the plan's eight steps (docs/workflow.md); who acts in each comes from core. */
const STEP_LABELS: Readonly<Record<PlanStep, MessageKey>> = {
  collect: 'step.collect',
  file: 'step.file',
  dispatch: 'step.dispatch',
  handle: 'step.handle',
  feedback: 'step.feedback',
  check_close: 'step.check',
  evaluate: 'step.evaluate',
  assess: 'step.assess',
};

/** 信息采集 → … → 绩效考核, with the steps the user takes part in highlighted. */
export function WorkflowOverview({ roles }: { roles: readonly string[] }) {
  const { t, roleName } = useI18n();
  return (
    <Card
      title={t('home.workflow')}
      extra={<Typography.Text type="secondary">{t('home.workflowHint')}</Typography.Text>}
      data-testid="workflow"
    >
      <Row gutter={[12, 12]}>
        {PLAN_STEPS.map((planStep, i) => {
          const step = { key: STEP_LABELS[planStep], roles: planStepRoles()[planStep] };
          const mine = step.roles.some((r) => roles.includes(r));
          return (
            <Col key={step.key} xs={12} sm={8} md={6} xl={3}>
              <div className={mine ? 'eg-step eg-step-mine' : 'eg-step'} data-mine={mine || undefined}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {String(i + 1).padStart(2, '0')}
                </Typography.Text>
                {mine && (
                  <Tag color="green" style={{ float: 'right', marginInlineEnd: 0 }}>
                    {t('home.myStep')}
                  </Tag>
                )}
                <div style={{ fontWeight: 600, margin: '4px 0' }}>{t(step.key)}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {step.roles.map(roleName).join('、')}
                </Typography.Text>
              </div>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
