import type { Actor } from '@envgrid/core';
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

const HEARTBEAT_MS = 25_000;

export async function streamRoutes(app: AppInstance): Promise<void> {
  // Open streams end when the server closes, or graceful shutdown would wait for them forever.
  const open = new Set<() => void>();
  app.addHook('onClose', async () => {
    for (const end of open) end();
  });

  app.get(
    '/api/v1/stream',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Server-sent events: case changes and notifications the user may see',
        description:
          'text/event-stream; each event is `event: <type>` with a JSON `data` line. A comment line every 25 s keeps proxies from closing it.',
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
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
        if (concerns(actor, deptId, e)) res.write(`event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
      });
      const beat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      const end = () => {
        if (!open.delete(end)) return;
        clearInterval(beat);
        unsubscribe();
        res.end();
      };
      open.add(end);
      req.raw.on('close', end);
    },
  );
}
