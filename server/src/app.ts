import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyReply, type FastifyServerOptions } from 'fastify';
import type { Config } from './config.ts';
import { createServices, type AppDeps } from './container.ts';
import type { AppInstance } from './http/app-types.ts';
import { answerClientError, errorBody, installErrorHandling, replyWithError } from './http/error-handler.ts';
import { installInputGuard } from './http/input-guard.ts';
import { installMetrics } from './http/metrics.ts';
import { authPlugin } from './http/auth-plugin.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { systemRoutes } from './modules/system/system.routes.ts';
import { userRoutes } from './modules/users/user.routes.ts';
import { auditLogRoutes } from './modules/audit/audit-log.routes.ts';
import { departmentRoutes } from './modules/departments/department.routes.ts';
import { regionRoutes } from './modules/regions/region.routes.ts';
import { gridRoutes } from './modules/grids/grid.routes.ts';
import { attachmentRoutes } from './modules/attachments/attachment.routes.ts';
import { caseRoutes } from './modules/cases/case.routes.ts';
import { notificationRoutes } from './modules/notifications/notification.routes.ts';
import { workSettingsRoutes } from './modules/settings/work-settings.routes.ts';
import { streamRoutes } from './realtime/stream.routes.ts';
import { sourceRoutes } from './modules/sources/source.routes.ts';
import { patrolRoutes } from './modules/patrols/patrol.routes.ts';
import { coverageRoutes } from './modules/patrols/coverage.routes.ts';
import { consultationRoutes } from './modules/consultations/consultation.routes.ts';
import { indicatorRoutes } from './modules/indicators/indicator.routes.ts';
import { assessmentRoutes } from './modules/assessments/assessment.routes.ts';
import { caseAuditRoutes } from './modules/audits/case-audit.routes.ts';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.ts';

const VERSION = '0.1.0';

/** Prefixes answered by the API; anything else may fall back to the web app. */
const API_PREFIXES = ['/api/', '/open311/', '/healthz', '/readyz', '/metrics'];

function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  if (config.logLevel === 'silent') return false;
  return {
    level: config.logLevel,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
  };
}

export async function buildApp(config: Config, deps: AppDeps): Promise<AppInstance> {
  const app = Fastify({
    logger: loggerOptions(config),
    bodyLimit: config.bodyLimit,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : crypto.randomUUID();
    },
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false },
    },
    routerOptions: { ignoreTrailingSlash: true },
    forceCloseConnections: true,
    // Off by default: otherwise any client could pick the address its failed logins count against.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    // Refusals before routing (bad percent-encoding, over-long parameters, unreadable HTTP) get
    // the pinned error shape too.
    frameworkErrors: replyWithError,
    clientErrorHandler: answerClientError,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Every route as registered: the authorization matrix test checks each has a row.
  const routeTable: { method: string; url: string }[] = [];
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) routeTable.push({ method, url: r.url });
  });
  app.decorate('routeTable', routeTable);
  app.decorate('config', config);
  app.decorate('deps', deps);
  app.decorate('services', createServices(deps));
  app.decorate('appVersion', VERSION);
  app.decorate('metrics', installMetrics(app));

  app.addHook('onRequest', async (req, reply) => {
    void reply.header('x-request-id', req.id);
    // API answers are personal or live: no browser or proxy may keep a copy.
    if (req.url.startsWith('/api/v1/')) void reply.header('cache-control', 'no-store');
  });

  installErrorHandling(app);
  installInputGuard(app);

  const tileOrigin = config.tileUrl ? safeOrigin(config.tileUrl) : null;
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design writes its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...(tileOrigin ? [tileOrigin] : [])],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: config.cookieSecure,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 5 } });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'envgrid API',
        version: VERSION,
        description: 'envgrid 网格化环境监管平台. Errors answer {"error": {"code", "message", "details"}}.',
      },
      tags: [
        { name: 'system', description: 'Health, readiness, metrics' },
        { name: 'auth', description: 'Login, sessions, API tokens' },
        { name: 'users', description: 'Users, roles and scopes (admin)' },
        { name: 'departments', description: 'Departments by legal duty' },
        { name: 'grids', description: 'Regions, unit grids, assignments, location' },
        { name: 'cases', description: 'Cases, their workflow actions, events and photos' },
        { name: 'notifications', description: 'Inbox and live events' },
        { name: 'settings', description: 'Taxonomy, time limits, working-time calendar' },
      ],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'envgrid_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(authPlugin);

  await app.register(systemRoutes);
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(departmentRoutes);
  await app.register(regionRoutes);
  await app.register(gridRoutes);
  await app.register(attachmentRoutes);
  await app.register(caseRoutes);
  await app.register(notificationRoutes);
  await app.register(workSettingsRoutes);
  await app.register(streamRoutes);
  await app.register(auditLogRoutes);
  await app.register(sourceRoutes);
  await app.register(patrolRoutes);
  await app.register(coverageRoutes);
  await app.register(consultationRoutes);
  await app.register(indicatorRoutes);
  await app.register(assessmentRoutes);
  await app.register(caseAuditRoutes);
  await app.register(dashboardRoutes);

  const webIndex = path.join(config.webDir, 'index.html');
  const hasWeb = fs.existsSync(webIndex);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: config.webDir,
      wildcard: false,
      index: false,
      // Files written at build time with .br and .gz copies beside them (web/vite-precompress.ts).
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        // Vite names assets by content hash: a changed file is a new name, so they never go stale.
        const hashed = filePath.startsWith(path.join(config.webDir, 'assets') + path.sep);
        void reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/', { schema: { hide: true } }, (_req, reply) => sendIndex(reply));
  } else {
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(
          'envgrid API is running. The web app is not built: run `npm run build:web`. API docs: /api/docs',
        ),
    );
  }

  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0] ?? '/';
    const isApi = API_PREFIXES.some((p) => url.startsWith(p));
    // A missing asset (a stale chunk name after a deploy) must not come back as the HTML shell.
    const looksLikeFile = url.startsWith('/assets/') || /\.[a-z0-9]{1,8}$/i.test(url);
    if (hasWeb && !isApi && !looksLikeFile && (req.method === 'GET' || req.method === 'HEAD'))
      return sendIndex(reply);
    return reply.status(404).send(errorBody('NOT_FOUND', `No route for ${req.method} ${url}`));
  });

  return app;
}

function sendIndex(reply: FastifyReply) {
  // The shell must never be cached, or a deploy would keep serving old asset names.
  return reply.header('cache-control', 'no-cache').sendFile('index.html');
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url.replace(/\{[a-z]\}/g, 'a')).origin;
  } catch {
    return null;
  }
}
