// A worker thread starts without the parent's TypeScript loader: register tsx here, like bin/envgrid.mjs.
import { register } from 'tsx/esm/api';

register();
await import('./grid-import-validation.worker.ts');
