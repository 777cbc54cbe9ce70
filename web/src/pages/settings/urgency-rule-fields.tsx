/** How the handling limit of urgent or critical cases follows from an item's normal limit. */
import { Checkbox, Flex, Form, InputNumber, Radio, Typography } from 'antd';
import { DurationInput, durationRule } from './duration-input.tsx';
import type { LimitValues, RuleName } from './time-limits-form.ts';
import { useSettingsT } from './use-settings-t.ts';

export function UrgencyRuleFields({ name }: { name: RuleName }) {
  const st = useSettingsT();
  const form = Form.useFormInstance<LimitValues>();
  const mode = Form.useWatch([name, 'mode'], form);
  const hasMin = Form.useWatch([name, 'hasMin'], form);
  const percent = Form.useWatch([name, 'percent'], form);
  return (
    <div data-testid={`time-limits-${name}`}>
      <Form.Item name={[name, 'mode']} style={{ marginBottom: 12 }}>
        <Radio.Group
          optionType="button"
          data-testid={`time-limits-${name}-mode`}
          options={[
            { value: 'relative', label: st('settings.limits.rule.relative') },
            { value: 'fixed', label: st('settings.limits.rule.fixed') },
          ]}
        />
      </Form.Item>
      {mode === 'fixed' ? (
        <>
          <Form.Item name={[name, 'fixed']} rules={[durationRule(st)]} style={{ marginBottom: 8 }}>
            <DurationInput testId={`time-limits-${name}-fixed`} />
          </Form.Item>
          <Typography.Text type="secondary">{st('settings.limits.rule.fixedNote')}</Typography.Text>
        </>
      ) : (
        <>
          <Form.Item
            name={[name, 'percent']}
            label={st('settings.limits.rule.percent')}
            rules={[
              {
                required: true,
                type: 'number',
                min: 1,
                max: 100,
                message: st('settings.limits.rule.percentRange'),
              },
            ]}
          >
            <InputNumber<number>
              min={1}
              max={100}
              step={5}
              suffix="%"
              style={{ width: 120 }}
              data-testid={`time-limits-${name}-percent`}
            />
          </Form.Item>
          <Form.Item label={st('settings.limits.rule.floor')}>
            <Flex gap={8} align="start" wrap>
              <Form.Item name={[name, 'hasMin']} valuePropName="checked" noStyle>
                <Checkbox data-testid={`time-limits-${name}-has-min`} style={{ marginTop: 5 }}>
                  {st('settings.limits.rule.min')}
                </Checkbox>
              </Form.Item>
              <Form.Item
                name={[name, 'min']}
                rules={hasMin ? [durationRule(st)] : []}
                style={{ marginBottom: 0 }}
              >
                <DurationInput hideBasis disabled={!hasMin} testId={`time-limits-${name}-min`} />
              </Form.Item>
            </Flex>
          </Form.Item>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {st('settings.limits.rule.relativeNote', {
              percent: typeof percent === 'number' ? percent : '—',
            })}
          </Typography.Paragraph>
        </>
      )}
    </div>
  );
}
