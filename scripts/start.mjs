// `npm start`: build the web app if needed, then serve (migrating and seeding the demo on an empty database).
import { ensureWebBuilt } from './web-build.mjs';

ensureWebBuilt();
process.argv = [process.argv[0], process.argv[1], 'serve', ...process.argv.slice(2)];
await import('../server/bin/envgrid.mjs');
