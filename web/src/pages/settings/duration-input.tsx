/** An amount, a unit and a basis (working or natural time) edited as one form value. */
import {
  DURATION_UNITS,
  MAX_LIMIT_MINUTES,
  NATURAL_UNIT_MINUTES,
  TIME_BASES,
  type Duration,
} from '@envgrid/core';
import { InputNumber, Select, Space } from 'antd';
import { useSettingsT } from './use-settings-t.ts';

/** The largest handling limit an item may have (the taxonomy's rule: 90 days). */
/** The longest limit an item may have (core's rule). */
export const MAX_ITEM_LIMIT_MINUTES = MAX_LIMIT_MINUTES;

interface DurationInputProps {
  value?: Partial<Duration>;
  onChange?: (value: Partial<Duration>) => void;
  /** Hide the basis select (a floor read on another limit's basis). */
  hideBasis?: boolean;
  disabled?: boolean;
  testId?: string;
}

export function DurationInput({ value, onChange, hideBasis, disabled, testId }: DurationInputProps) {
  const st = useSettingsT();
  const v = value ?? {};
  const set = (patch: Partial<Duration>) => onChange?.({ ...v, ...patch });
  return (
    <Space.Compact data-testid={testId}>
      <InputNumber<number>
        min={1}
        precision={0}
        style={{ width: 110 }}
        value={v.amount ?? null}
        disabled={disabled}
        aria-label={st('settings.duration.amount')}
        onChange={(amount) => set({ amount: amount ?? undefined })}
        data-testid={testId ? `${testId}-amount` : undefined}
      />
      <Select<Duration['unit']>
        style={{ width: 96 }}
        value={v.unit}
        disabled={disabled}
        aria-label={st('settings.duration.unit')}
        onChange={(unit) => set({ unit })}
        options={DURATION_UNITS.map((u) => ({ value: u, label: st(`settings.unit.${u}`) }))}
        data-testid={testId ? `${testId}-unit` : undefined}
      />
      {!hideBasis && (
        <Select<Duration['basis']>
          style={{ width: 136 }}
          value={v.basis}
          disabled={disabled}
          aria-label={st('settings.duration.basis')}
          onChange={(basis) => set({ basis })}
          options={TIME_BASES.map((b) => ({ value: b, label: st(`settings.basis.${b}`) }))}
          data-testid={testId ? `${testId}-basis` : undefined}
        />
      )}
    </Space.Compact>
  );
}

/** Why a form value is not a complete Duration (a message key), or null. */
export function durationIssue(
  v: Partial<Duration> | undefined,
  options: { maxMinutes?: number } = {},
): 'settings.duration.incomplete' | 'settings.duration.tooLong' | null {
  if (
    !v ||
    typeof v.amount !== 'number' ||
    !Number.isInteger(v.amount) ||
    v.amount <= 0 ||
    !v.unit ||
    !v.basis
  )
    return 'settings.duration.incomplete';
  if (options.maxMinutes !== undefined && v.amount * NATURAL_UNIT_MINUTES[v.unit] > options.maxMinutes)
    return 'settings.duration.tooLong';
  return null;
}

/** A Form.Item rule that checks a DurationInput value. */
export function durationRule(st: ReturnType<typeof useSettingsT>, options: { maxMinutes?: number } = {}) {
  return {
    validator: (_r: unknown, v: Partial<Duration> | undefined) => {
      const issue = durationIssue(v, options);
      return issue ? Promise.reject(new Error(st(issue))) : Promise.resolve();
    },
  };
}
