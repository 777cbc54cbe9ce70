// @ts-check
/**
 * Where the server may speak to the database directly: its db/ module, the two modules that need
 * a raw connection (the leader lock's advisory lock, the event bus's LISTEN/NOTIFY), and tests.
 */
const RAW_DATABASE_ACCESS = [
  '^server/src/db/',
  '^server/src/jobs/leader-lock\\.ts$',
  '^server/src/realtime/event-bus\\.ts$',
  '^server/src/test/',
  '\\.test\\.ts$',
];

/**
 * The import table of docs/architecture.md, enforced (`npm run lint` runs `npm run boundaries`).
 * `server/src/architecture.test.ts` plants a wrong import of each kind and checks it is caught.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core/ holds pure rules: it imports nothing of server/, web/ or e2e/, and no I/O.',
      severity: 'error',
      from: { path: '^core/src/' },
      to: {
        path: ['^(server|web|e2e|bench)/', 'node_modules/(kysely|pg|better-sqlite3|fastify)/'],
      },
    },
    {
      name: 'core-no-node-builtins',
      comment: 'core/ runs in the browser too: no Node built-ins.',
      severity: 'error',
      from: { path: '^core/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-not-server',
      comment: 'The web app talks to the server over HTTP only; shared rules come from core.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(server|e2e|bench)/' },
    },
    {
      name: 'server-not-web',
      comment: 'The server serves the built web app as files, never imports its code.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^web/' },
    },
    {
      name: 'drivers-in-db-only',
      comment:
        'The database drivers are used only by server/src/db/, and by the two low-level modules ' +
        'that need a raw connection: the leader lock (advisory lock) and the event bus (LISTEN/NOTIFY).',
      severity: 'error',
      from: {
        path: '^server/src/',
        pathNot: RAW_DATABASE_ACCESS,
      },
      to: { path: 'node_modules/(pg|better-sqlite3)/' },
    },
    {
      name: 'kysely-in-repositories-only',
      comment: 'Only repositories (and server/src/db/) speak Kysely: services stay storage-agnostic.',
      severity: 'error',
      from: {
        path: '^server/src/',
        pathNot: [...RAW_DATABASE_ACCESS, '\\.repository\\.ts$'],
      },
      to: { path: 'node_modules/kysely/' },
    },
    {
      name: 'routes-not-repositories',
      comment: 'Routes call one service method; they never reach a repository or the database.',
      severity: 'error',
      from: { path: '\\.routes\\.ts$' },
      to: { path: ['\\.repository\\.ts$', '^server/src/db/'] },
    },
    {
      name: 'services-not-routes',
      comment: 'Services know nothing of HTTP routes.',
      severity: 'error',
      from: { path: '\\.service\\.ts$' },
      to: { path: '\\.routes\\.ts$' },
    },
    {
      name: 'repositories-not-services',
      comment: 'Repositories map rows to records; they never call services or routes.',
      severity: 'error',
      from: { path: '\\.repository\\.ts$' },
      to: { path: ['\\.service\\.ts$', '\\.routes\\.ts$'] },
    },
    {
      name: 'repositories-behind-data-access',
      comment:
        'Repositories are reached through DataAccess (server/src/db/repos.ts, wired in container.ts); ' +
        'other code takes domain records from *.record.ts files or core.',
      severity: 'error',
      from: {
        path: '^server/src/',
        pathNot: [
          '\\.repository\\.ts$',
          '^server/src/db/',
          '^server/src/container\\.ts$',
          '^server/src/test/',
          '\\.test\\.ts$',
        ],
      },
      to: { path: '\\.repository\\.ts$' },
    },
    {
      name: 'production-not-tests',
      comment: 'Production code never imports test code.',
      severity: 'error',
      from: { path: '^(core|server|web)/src/', pathNot: ['\\.test\\.ts$', '^server/src/test/', '/test-'] },
      to: { path: ['\\.test\\.ts$', '^server/src/test/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^web/dist/', '\\.stryker-tmp'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
  },
};
