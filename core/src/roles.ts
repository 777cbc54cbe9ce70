/** Roles of docs/domain.md. A user may hold several. */
export const ROLES = [
  'supervisor',
  'officer',
  'intake',
  'dispatcher',
  'subcenter',
  'handler',
  'leader',
  'auditor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, { zh: string; en: string }> = {
  supervisor: { zh: '网格监督员', en: 'Grid supervisor' },
  officer: { zh: '网格环境执法/监管人员', en: 'Grid officer' },
  intake: { zh: '受理员', en: 'Intake clerk' },
  dispatcher: { zh: '派遣员', en: 'Dispatcher' },
  subcenter: { zh: '街道分中心', en: 'Street sub-center' },
  handler: { zh: '处置部门人员', en: 'Department officer' },
  leader: { zh: '领导/考核', en: 'Leader' },
  auditor: { zh: '督查稽查', en: 'Auditor' },
  admin: { zh: '管理员', en: 'Administrator' },
};

export type ScopeKind = 'district' | 'street' | 'department';
export interface Scope {
  kind: ScopeKind;
  code: string;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Minimum password policy: long enough, and not a single kind of character. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return 'Password must be at least 8 characters';
  if (password.length > 200) return 'Password must be at most 200 characters';
  const kinds = [/[a-zA-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((r) => r.test(password)).length;
  if (kinds < 2) return 'Password must mix at least two of letters, digits and symbols';
  return null;
}
