/** The period (and street/department filter) of a statistics page, kept in the address. */
import { useSearchParams } from 'react-router-dom';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { PERIOD_PRESETS, presetPeriod, type Period, type PeriodPreset } from './period.ts';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export interface PeriodFilter extends Period {
  preset: PeriodPreset | 'custom';
  street: string | undefined;
  department: string | undefined;
  update: (changes: Record<string, string | null>) => void;
}

export function usePeriodFilter(defaultPreset: PeriodPreset = 'last12'): PeriodFilter {
  const [params, setParams] = useSearchParams();
  const today = useBusinessTime().today();
  const from = params.get('from');
  const to = params.get('to');
  const asked = params.get('period') as PeriodPreset | null;
  const custom = from && to && DATE_RE.test(from) && DATE_RE.test(to) && from <= to;
  const preset: PeriodPreset = asked && PERIOD_PRESETS.includes(asked) ? asked : defaultPreset;
  const period = custom ? { from, to } : presetPeriod(preset, today);
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  return {
    ...period,
    preset: custom ? 'custom' : preset,
    street: params.get('street') ?? undefined,
    department: params.get('department') ?? undefined,
    update,
  };
}
