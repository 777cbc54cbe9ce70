import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A role's name, as an esquery regex (the roles of core/src/roles.ts). */
const ROLE_NAME = '/^(supervisor|officer|intake|dispatcher|subcenter|handler|leader|auditor|admin)$/';

/** The selectors that keep role lists in core (used by two blocks: a later block's rule replaces an earlier one's). */
const ROLE_LIST_RULES = [
  {
    selector: `ArrayExpression > Literal[value=${ROLE_NAME}]`,
    message: 'Role lists live in core: ask can() (core/src/permissions.ts) or the workflow rules.',
  },
  {
    selector: `CallExpression[callee.property.name=/^(includes|some|every)$/][callee.object.property.name='roles'] Literal[value=${ROLE_NAME}]`,
    message: 'Do not test for a role by name: ask can() (core/src/permissions.ts) or the workflow rules.',
  },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'var/**', 'e2e/screenshots/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Only repositories (and the database module) talk to Kysely: services stay storage-agnostic.
    files: ['server/src/**/*.ts'],
    ignores: [
      'server/src/db/**',
      'server/src/**/*.repository.ts',
      'server/src/**/*.test.ts',
      'server/src/test/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'kysely', message: 'Only repositories and server/src/db import Kysely.' }] },
      ],
    },
  },
  {
    // core is pure: no I/O.
    files: ['core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'path',
                'http',
                'net',
                'child_process',
                'kysely',
                'pg',
                'better-sqlite3',
              ],
              message: 'core/ is pure: no I/O.',
            },
          ],
        },
      ],
    },
  },
  {
    // Who may do what lives in core (permissions, workflow tables): no role lists elsewhere.
    files: ['web/src/**/*.{ts,tsx}', 'server/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'server/src/test/**', 'server/src/seed/**', 'server/src/http/fuzz-*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...ROLE_LIST_RULES],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Pages and components call the area modules of web/src/api/, which alone know the API's URLs.
    // A later block's rule replaces an earlier one for the same files: the role-list entries of the
    // block above are repeated here.
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', 'web/src/api/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...ROLE_LIST_RULES,
        {
          selector: 'Literal[value=/^\\/api\\/v1\\//], TemplateElement[value.raw=/^\\/api\\/v1\\//]',
          message: 'Call the area module in web/src/api/ instead of writing an API URL in a page.',
        },
      ],
    },
  },
);
