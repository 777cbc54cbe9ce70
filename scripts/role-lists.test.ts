/**
 * Rules live once, in core: eslint refuses a role list or a role-name test in web/ or server/
 * (eslint.config.js), so the web cannot drift from core's permissions again.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('role lists outside core', () => {
  it('are refused in the web and the server', async () => {
    expect(
      await problems("export const REPORT_ROLES = ['supervisor', 'intake'];\n", 'web/src/pages/x.ts'),
    ).toEqual([
      'Role lists live in core: ask can() (core/src/permissions.ts) or the workflow rules.',
      'Role lists live in core: ask can() (core/src/permissions.ts) or the workflow rules.',
    ]);
    expect(
      await problems(
        "export const isCenter = (a: { roles: string[] }) => a.roles.includes('dispatcher');\n",
        'server/src/modules/x/x.service.ts',
      ),
    ).toEqual(['Do not test for a role by name: ask can() (core/src/permissions.ts) or the workflow rules.']);
    expect(
      await problems(
        "export const f = (u: { roles: string[] }) => u.roles.some((r) => r === 'leader');\n",
        'web/src/app/y.ts',
      ),
    ).toHaveLength(1);
  });

  it('are where they belong in core, and in tests and seed data', async () => {
    const list = "export const R = ['supervisor', 'admin'];\n";
    expect(await problems(list, 'core/src/permissions-extra.ts')).toEqual([]);
    expect(await problems(list, 'server/src/modules/x/x.test.ts')).toEqual([]);
    expect(await problems(list, 'server/src/seed/demo-users.ts')).toEqual([]);
  });
});
