import { AppError, type Actor } from '@envgrid/core';
import type { AppInstance } from '../http/app-types.ts';
import { requireActor } from '../http/auth-plugin.ts';
import type { LiveEvent } from './event-bus.ts';

/** Whether a live event concerns this actor: same visibility rules as the records, coarsely. */
export function concerns(actor: Actor, deptId: string | null, e: LiveEvent): boolean {
  if (e.userIds) return e.userIds.includes(actor.id);
  if (actor.scope.kind === 'district') return true;
  if (actor.scope.kind === 'street') return e.streetCode === actor.scope.code;
  return deptId !== null && (e.departmentIds ?? []).includes(deptId);
}

/** What a client hears of an event: never who else was told, nor the routing fields. */
export function presentLiveEvent(e: LiveEvent): Record<string, unknown> {
  return { type: e.type, caseId: e.caseId, action: e.action, status: e.status, at: e.at };
}

const HEARTBEAT_MS = 25_000;
/** How often open streams re-check that their session or token still lives. */
export const STREAM_RECHECK_MS = 2_000;
/** Open streams per user in one process: a few tabs, not an exhausted server. */
export const STREAMS_PER_USER = 5;

interface OpenStream {
  userId: string;
  credential: string;
  end(): void;
}

export async function streamRoutes(app: AppInstance): Promise<void> {
  const open = new Set<OpenStream>();
  let sweep: NodeJS.Timeout | null = null;

  // Streams end within seconds once their session ends (logout, disabling, a password reset) or
  // their token is revoked or expires: one batched query per sweep, whatever the number of streams.
  const recheck = async () => {
    if (open.size === 0) return;
    const streams = [...open];
    const sessionIds = streams.filter((s) => s.credential.startsWith('s:')).map((s) => s.credential.slice(2));
    const tokenIds = streams.filter((s) => s.credential.startsWith('t:')).map((s) => s.credential.slice(2));
    try {
      const live = await app.services.auth.liveCredentials({ sessionIds, tokenIds });
      for (const s of streams) if (!live.has(s.credential.slice(2))) s.end();
    } catch (err) {
      app.log.warn({ err }, 'stream re-check failed; trying again at the next sweep');
    }
  };
  const startSweep = () => {
    sweep ??= setInterval(() => void recheck(), STREAM_RECHECK_MS);
  };
  const stopSweepIfIdle = () => {
    if (open.size === 0 && sweep) {
      clearInterval(sweep);
      sweep = null;
    }
  };

  // Open streams end when the server closes, or graceful shutdown would wait for them forever.
  app.addHook('onClose', async () => {
    for (const s of [...open]) s.end();
    stopSweepIfIdle();
  });

  app.get(
    '/api/v1/stream',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Server-sent events: case changes and notifications the user may see',
        description: `text/event-stream; each event is \`event: <type>\` with a JSON \`data\` line {type, caseId, action, status, at}. A comment line every 25 s keeps proxies from closing it. At most ${STREAMS_PER_USER} open streams per user (429 beyond); a stream closes within seconds of its session or token ending.`,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const credential = req.sessionId ? `s:${req.sessionId}` : `t:${req.tokenId ?? ''}`;
      if ([...open].filter((s) => s.userId === actor.id).length >= STREAMS_PER_USER)
        throw new AppError(
          'TOO_MANY_REQUESTS',
          `At most ${STREAMS_PER_USER} live streams per user are open at once; close another tab`,
          { retryAfterSeconds: 30 },
        );
      const deptId = await app.services.departments.idForScope(actor);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`retry: 5000\n\n`);
      const unsubscribe = app.deps.bus.subscribe((e) => {
        if (concerns(actor, deptId, e))
          res.write(`event: ${e.type}\ndata: ${JSON.stringify(presentLiveEvent(e))}\n\n`);
      });
      const beat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      const stream: OpenStream = {
        userId: actor.id,
        credential,
        end: () => {
          if (!open.delete(stream)) return;
          clearInterval(beat);
          unsubscribe();
          res.end();
          stopSweepIfIdle();
        },
      };
      open.add(stream);
      startSweep();
      req.raw.on('close', stream.end);
    },
  );
}
