import type { Role } from '@envgrid/core';
import { Card, Col, Row, Tag, Typography } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/zh-CN.ts';

/** The plan's eight steps (docs/workflow.md) and the roles that act in each. */
const STEPS: readonly { key: MessageKey; roles: readonly Role[] }[] = [
  { key: 'step.collect', roles: ['supervisor', 'officer'] },
  { key: 'step.file', roles: ['intake', 'subcenter'] },
  { key: 'step.dispatch', roles: ['dispatcher', 'subcenter'] },
  { key: 'step.handle', roles: ['handler'] },
  { key: 'step.feedback', roles: ['handler'] },
  { key: 'step.check', roles: ['supervisor', 'intake', 'dispatcher', 'subcenter'] },
  { key: 'step.evaluate', roles: ['leader'] },
  { key: 'step.assess', roles: ['leader', 'auditor'] },
];

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
        {STEPS.map((step, i) => {
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
