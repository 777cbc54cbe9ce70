/**
 * The case list's tabs by role (a user with several roles gets the union, in this order).
 * Each tab is a base query; the filters above the table narrow it further.
 */
import type { CaseStatus } from '@envgrid/core';
import type { MessageKey } from '../../i18n/zh-CN.ts';

export interface CaseQuery {
  status?: readonly CaseStatus[];
  overdue?: boolean;
  supervised?: boolean;
  mine?: boolean;
  reportedByMe?: boolean;
}

export interface CasePreset {
  key: string;
  label: MessageKey;
  query: CaseQuery;
}

const CENTER: CasePreset[] = [
  { key: 'to-file', label: 'cases.tab.toFile', query: { status: ['reported', 'pending_verification'] } },
  { key: 'to-dispatch', label: 'cases.tab.toDispatch', query: { status: ['filed'] } },
  { key: 'handling', label: 'cases.tab.handling', query: { status: ['dispatched', 'suspended'] } },
  { key: 'to-close', label: 'cases.tab.toClose', query: { status: ['pending_close'] } },
];

const BY_ROLE: Record<string, CasePreset[]> = {
  intake: CENTER,
  dispatcher: CENTER,
  subcenter: CENTER,
  handler: [{ key: 'to-handle', label: 'cases.tab.toHandle', query: { status: ['dispatched'] } }],
  supervisor: [
    {
      key: 'to-verify',
      label: 'cases.tab.toVerify',
      query: { mine: true, status: ['pending_verification'] },
    },
    { key: 'to-check', label: 'cases.tab.toCheck', query: { mine: true, status: ['pending_check'] } },
    { key: 'my-reports', label: 'cases.tab.myReports', query: { reportedByMe: true } },
  ],
  leader: [
    { key: 'supervised', label: 'cases.tab.supervised', query: { supervised: true } },
    { key: 'overdue', label: 'cases.tab.overdue', query: { overdue: true } },
  ],
};

export const ALL_PRESET: CasePreset = { key: 'all', label: 'cases.tab.all', query: {} };

export function presetsFor(roles: readonly string[]): CasePreset[] {
  const out: CasePreset[] = [];
  const seen = new Set<string>();
  for (const role of roles)
    for (const p of BY_ROLE[role] ?? [])
      if (!seen.has(p.key)) {
        seen.add(p.key);
        out.push(p);
      }
  out.push(ALL_PRESET);
  return out;
}

/** Who may report (上报问题): supervisors in the field, the center and sub-centers for hotline calls. */
export const REPORT_ROLES = ['supervisor', 'intake', 'subcenter'] as const;

export function canReport(roles: readonly string[]): boolean {
  return REPORT_ROLES.some((r) => roles.includes(r));
}
