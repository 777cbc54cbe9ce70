/** The time-limit form: six steps, the urgency rules, and the per-item limits they produce. */
import {
  TIME_LIMIT_STEP_LABELS,
  TIME_LIMIT_STEPS,
  type Duration,
  type TimeLimitStep,
  withItemLimits,
} from '@envgrid/core';
import { Alert, App, Button, Card, Col, Flex, Form, Row, Table, Typography } from 'antd';
import { useMemo, useState, type HTMLAttributes, type ReactNode } from 'react';
import { toApiError } from '../../api/client.ts';
import { settingsApi } from '../../api/settings-api.ts';
import { ErrorDetail } from '../../components/api-error.tsx';
import { useDescribeError } from '../../components/describe-error.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { DurationInput, durationIssue, durationRule } from './duration-input.tsx';
import { ItemLimitsTable } from './item-limits-table.tsx';
import { durationText } from './settings-format.ts';
import {
  problemsOf,
  type PathProblem,
  type TaxonomyCategory,
  type TimeLimitsView,
} from './settings-types.ts';
import { fieldOfPath, fromValues, toValues, type LimitValues } from './time-limits-form.ts';
import { UrgencyRuleFields } from './urgency-rule-fields.tsx';
import { useLang, useSettingsT } from './use-settings-t.ts';

interface TimeLimitsEditorProps {
  limits: TimeLimitsView;
  taxonomy: readonly TaxonomyCategory[] | undefined;
  /** The working-time note above the form. */
  note: ReactNode;
  onSaved: () => void;
}

export function TimeLimitsEditor({ limits, taxonomy, note, onSaved }: TimeLimitsEditorProps) {
  const t = useT();
  const st = useSettingsT();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<LimitValues>();
  const initial = useMemo(() => toValues(limits), [limits]);
  const values = Form.useWatch((v: LimitValues) => v, { form, preserve: true }) ?? initial;
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ error: unknown; problems: PathProblem[] } | null>(null);
  const describe = useDescribeError();
  const described = error ? describe(error.error) : null;

  // The table's own per-item overrides, and what deadlines use: the items' limits with them on top.
  const overrides = limits.handle.byItem;
  const effective = useMemo(() => withItemLimits(limits, limits.itemLimits).handle.byItem, [limits]);
  const preview = fromValues(values, effective);
  const loaded = fromValues(initial, effective);
  const dirty = JSON.stringify(preview) !== JSON.stringify(loaded);

  const save = async (v: LimitValues) => {
    const table = fromValues(v, overrides);
    if (!table) return;
    setSaving(true);
    setError(null);
    try {
      await settingsApi.saveTimeLimits(table);
      void message.success(st('settings.limits.saved'));
      onSaved();
    } catch (err) {
      const problems = problemsOf(toApiError(err).details) ?? [];
      const fields = problems
        .map((p) => ({ name: fieldOfPath(p.path), errors: [p.message] }))
        .filter((f): f is { name: (string | number)[]; errors: string[] } => f.name !== null);
      if (fields.length > 0) form.setFields(fields as Parameters<typeof form.setFields>[0]);
      setError({ error: err, problems });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} initialValues={initial} onFinish={(v) => void save(v)} data-testid="time-limits-form">
      {note}
      {Object.keys(overrides).length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={st('settings.limits.overrides', { count: Object.keys(overrides).length })}
          description={Object.keys(overrides).join(', ')}
        />
      )}
      {error && described && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="time-limits-error"
          title={described.summary}
          description={
            <>
              <ErrorDetail description={described} />
              {error.problems.map((p) => (
                <div key={p.path}>
                  <Typography.Text code>{p.path}</Typography.Text> {p.message}
                </div>
              ))}
            </>
          }
        />
      )}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {st('settings.limits.steps')}
        </Typography.Title>
        <Button
          type="primary"
          htmlType="submit"
          loading={saving}
          disabled={!dirty}
          data-testid="settings-time-limits-save"
        >
          {t('common.save')}
        </Button>
      </Flex>
      <Table<{ step: TimeLimitStep }>
        rowKey="step"
        size="small"
        pagination={false}
        style={{ margin: '12px 0 24px' }}
        scroll={{ x: 760 }}
        dataSource={TIME_LIMIT_STEPS.map((step) => ({ step }))}
        onRow={(r) => ({ 'data-testid': `time-limits-step-${r.step}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'step',
            title: st('settings.limits.step'),
            width: 110,
            render: (_v, r) => (
              <Typography.Text strong>{TIME_LIMIT_STEP_LABELS[r.step][lang]}</Typography.Text>
            ),
          },
          {
            key: 'limit',
            title: st('settings.limits.limit'),
            width: 350,
            render: (_v, r) => (
              <Form.Item name={['steps', r.step]} rules={[durationRule(st)]} style={{ margin: 0 }}>
                <DurationInput testId={`time-limits-${r.step}`} />
              </Form.Item>
            ),
          },
          {
            key: 'reads',
            title: st('settings.limits.reads'),
            width: 150,
            render: (_v, r) => {
              const d = values.steps?.[r.step];
              return durationIssue(d) ? '—' : durationText(d as Duration, st);
            },
          },
          {
            key: 'note',
            title: st('settings.limits.stepNote'),
            render: (_v, r) => (
              <Typography.Text type="secondary">{st(`settings.limits.step.${r.step}`)}</Typography.Text>
            ),
          },
        ]}
      />
      <Typography.Title level={5}>{st('settings.limits.urgency')}</Typography.Title>
      <Typography.Paragraph type="secondary">{st('settings.limits.urgencyNote')}</Typography.Paragraph>
      <Row gutter={[16, 16]} style={{ marginBottom: 24 }}>
        <Col xs={24} lg={12}>
          <Card size="small" title={st('settings.limits.urgent')}>
            <UrgencyRuleFields name="urgent" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={st('settings.limits.critical')}>
            <UrgencyRuleFields name="critical" />
          </Card>
        </Col>
      </Row>
      <Typography.Title level={5}>{st('settings.limits.items')}</Typography.Title>
      <Typography.Paragraph type="secondary">{st('settings.limits.itemsNote')}</Typography.Paragraph>
      <ItemLimitsTable
        taxonomy={taxonomy ?? []}
        loading={!taxonomy}
        byItem={effective}
        overrides={overrides}
        preview={preview}
        workingMinutesPerDay={limits.workingMinutesPerDay}
      />
    </Form>
  );
}
