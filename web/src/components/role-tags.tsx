import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';

const ROLE_COLORS: Record<string, string> = {
  supervisor: 'green',
  officer: 'cyan',
  intake: 'blue',
  dispatcher: 'geekblue',
  subcenter: 'purple',
  handler: 'orange',
  leader: 'gold',
  auditor: 'magenta',
  admin: 'red',
};

/** A user's roles as coloured tags, in the current language. */
export function RoleTags({ roles, max }: { roles: readonly string[]; max?: number }) {
  const { roleName } = useI18n();
  const shown = max === undefined ? roles : roles.slice(0, max);
  return (
    <span data-testid="role-tags">
      {shown.map((r) => (
        <Tag key={r} color={ROLE_COLORS[r] ?? 'default'} style={{ marginInlineEnd: 4 }} data-role={r}>
          {roleName(r)}
        </Tag>
      ))}
      {shown.length < roles.length && <Tag>+{roles.length - shown.length}</Tag>}
    </span>
  );
}
