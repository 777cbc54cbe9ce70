// Builds the web app when web/dist is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const web = path.join(root, 'web');
const built = path.join(web, 'dist', 'index.html');

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function ensureWebBuilt() {
  const sources = [
    'src',
    'index.html',
    'vite.config.ts',
    'vite-precompress.ts',
    'package.json',
    'public',
  ].map((f) => path.join(web, f));
  const coreSrc = path.join(root, 'core', 'src');
  const stale =
    !fs.existsSync(built) ||
    Math.max(...sources.map(newestMtime), newestMtime(coreSrc)) > fs.statSync(built).mtimeMs;
  if (!stale) return;
  console.log('envgrid: building the web app (web/dist is missing or older than its sources)…');
  const r = spawnSync('npm', ['run', 'build', '--workspace', 'web'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('envgrid: the web build failed; see above');
    process.exit(r.status ?? 1);
  }
}
