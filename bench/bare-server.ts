/**
 * The yardstick for HTTP intake: a bare Fastify route that parses a JSON body and answers JSON,
 * nothing else. Run as a child process by bench/cases.ts (`tsx bench/bare-server.ts PORT`).
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
let n = 0;
app.post('/bare', async (req) => ({ ok: true, n: ++n, got: Object.keys(req.body as object).length }));
await app.listen({ port: Number(process.argv[2]), host: '127.0.0.1' });
console.log('ready');
process.on('SIGINT', () => void app.close().then(() => process.exit(0)));
