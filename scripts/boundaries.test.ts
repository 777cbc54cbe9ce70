/**
 * The import table of docs/architecture.md (`.dependency-cruiser.cjs`, run by `npm run lint`):
 * the real tree has no violation, and a planted wrong import of each kind is caught.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const config = createRequire(import.meta.url)(path.join(ROOT, '.dependency-cruiser.cjs')) as IConfiguration;

async function violations(baseDir: string, dirs: string[]): Promise<string[]> {
  const cwd = process.cwd();
  process.chdir(baseDir);
  try {
    const { output } = await cruise(dirs, {
      ...config.options,
      tsConfig: undefined,
      validate: true,
      ruleSet: { forbidden: config.forbidden },
    });
    const result = output as ICruiseResult;
    return result.summary.violations.map(
      (v) =>
        `${v.rule.name}: ${v.from} → ${v.to.replace(/^.*node_modules\//, 'node_modules/').replace(/\/(esm|dist|lib).*$/, '')}`,
    );
  } finally {
    process.chdir(cwd);
  }
}

describe('import boundaries', () => {
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'envgrid-boundaries-'));
  afterAll(() => fs.rmSync(probe, { recursive: true, force: true }));

  it('hold in the repository', async () => {
    expect(await violations(ROOT, ['core/src', 'server/src', 'web/src'])).toEqual([]);
  }, 60_000);

  it('catch a wrong import of each kind', async () => {
    const files: Record<string, string> = {
      'server/src/config.ts': 'export const c = 1;\n',
      'core/src/rule.ts':
        "import fs from 'node:fs';\nimport { c } from '../../server/src/config.ts';\nexport const r = [fs, c];\n",
      'web/src/page.ts': "import { c } from '../../server/src/config.ts';\nexport const p = c;\n",
      'server/src/m/a.repository.ts': 'export const repo = 1;\n',
      'server/src/m/a.routes.ts': "import { repo } from './a.repository.ts';\nexport const r = repo;\n",
      'server/src/m/a.service.ts':
        "import { sql } from 'kysely';\nimport pg from 'pg';\nexport const s = [sql, pg];\n",
      'server/src/m/b.service.ts': "import { r } from './a.routes.ts';\nexport const s = r;\n",
      'server/src/m/b.repository.ts': "import { s } from './a.service.ts';\nexport const b = s;\n",
      'server/src/db/database.ts':
        "import pg from 'pg';\nimport { sql } from 'kysely';\nexport const d = [pg, sql];\n",
      'server/src/app.ts': "import { w } from '../../web/src/page.ts';\nexport const a = w;\n",
      'server/src/m/c.presenter.ts': "import { repo } from './a.repository.ts';\nexport const p = repo;\n",
    };
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(probe, file)), { recursive: true });
      fs.writeFileSync(path.join(probe, file), text);
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(probe, 'node_modules'));
    const found = await violations(probe, ['core/src', 'server/src', 'web/src']);
    expect(found.sort()).toEqual(
      [
        'core-is-pure: core/src/rule.ts → server/src/config.ts',
        'core-no-node-builtins: core/src/rule.ts → fs',
        'web-not-server: web/src/page.ts → server/src/config.ts',
        'server-not-web: server/src/app.ts → web/src/page.ts',
        'routes-not-repositories: server/src/m/a.routes.ts → server/src/m/a.repository.ts',
        'repositories-behind-data-access: server/src/m/a.routes.ts → server/src/m/a.repository.ts',
        'repositories-behind-data-access: server/src/m/c.presenter.ts → server/src/m/a.repository.ts',
        'kysely-in-repositories-only: server/src/m/a.service.ts → node_modules/kysely',
        'drivers-in-db-only: server/src/m/a.service.ts → node_modules/pg',
        'services-not-routes: server/src/m/b.service.ts → server/src/m/a.routes.ts',
        'repositories-not-services: server/src/m/b.repository.ts → server/src/m/a.service.ts',
      ].sort(),
    );
  }, 60_000);
});
