/** Pages call the area modules of web/src/api/: eslint refuses an API URL written anywhere else in the web. */
import path from 'node:path';
import { ESLint } from 'eslint';
import { expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });
const messages = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.message);
const URL_MESSAGE = 'Call the area module in web/src/api/ instead of writing an API URL in a page.';

it('an API URL in a page is refused, in an area module it is the point', async () => {
  expect(await messages("export const u = '/api/v1/cases';\n", 'web/src/pages/cases/x.tsx')).toEqual([
    URL_MESSAGE,
  ]);
  expect(
    await messages('export const u = (id: string) => `/api/v1/cases/${id}`;\n', 'web/src/app/y.ts'),
  ).toEqual([URL_MESSAGE]);
  expect(await messages("export const u = '/api/v1/cases';\n", 'web/src/api/cases-api.ts')).toEqual([]);
});
