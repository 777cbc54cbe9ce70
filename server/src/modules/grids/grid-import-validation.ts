import { Worker } from 'node:worker_threads';
import {
  areaM2,
  bboxOf,
  validateRegionGeoJson,
  type GeoJsonProblem,
  type ImportLimitExceeded,
  type PolygonGeometry,
  type RegionImportKind,
} from '@envgrid/core';

/** What the check of one import needs; plain data, so it can cross to a worker thread. */
export interface ImportValidationJob {
  kind: RegionImportKind;
  collection: unknown;
  districtCode: string;
  /** Parent codes with their geometry as GeoJSON text (absent for streets). */
  parents?: { code: string; geometry: string | null }[];
  /** Grids already stored, for the overlap check (grid imports only). */
  stored?: { code: string; bbox: [number, number, number, number]; geometry: string }[];
}

/** A feature that passed, ready to write. */
export interface ValidatedRegion {
  code: string;
  name: string;
  districtCode: string;
  streetCode: string;
  communityCode: string;
  geometry: string;
  bbox: [number, number, number, number];
  areaM2: number;
}

export type ImportValidationResult =
  | { ok: true; regions: ValidatedRegion[] }
  | { ok: false; problems: GeoJsonProblem[]; limit?: ImportLimitExceeded };

/** Runs core's validation of a job and prepares the rows to write. CPU only, no I/O. */
export function runImportValidation(job: ImportValidationJob): ImportValidationResult {
  const parentGeometries = new Map<string, PolygonGeometry>();
  for (const p of job.parents ?? [])
    if (p.geometry) parentGeometries.set(p.code, JSON.parse(p.geometry) as PolygonGeometry);
  const result = validateRegionGeoJson(job.kind, job.collection, {
    districtCode: job.districtCode,
    knownParents: job.kind === 'street' ? undefined : (job.parents ?? []).map((p) => p.code),
    parentGeometries: job.kind === 'street' ? undefined : parentGeometries,
    stored: job.stored?.map((s) => ({
      code: s.code,
      bbox: s.bbox,
      geometry: () => JSON.parse(s.geometry) as PolygonGeometry,
    })),
  });
  if (!result.ok) return result;
  return {
    ok: true,
    regions: result.features.map((f) => ({
      code: f.code,
      name: f.name,
      districtCode: f.code.slice(0, 6),
      streetCode: f.code.slice(0, 9),
      communityCode: f.code.slice(0, 12),
      geometry: JSON.stringify(f.geometry),
      bbox: bboxOf(f.geometry),
      areaM2: areaM2(f.geometry),
    })),
  };
}

const ENTRY = new URL('./grid-import-validation.worker.mjs', import.meta.url);
/** An idle worker is kept this long for the next import, then ended to give its memory back. */
const IDLE_MS = 30_000;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs {@link runImportValidation} on a worker thread, so a large file never holds up the event
 * loop (other requests, /healthz). One check at a time per process: the work of concurrent
 * imports queues instead of taking every core.
 */
export function validateOnWorker(job: ImportValidationJob): Promise<ImportValidationResult> {
  const run = queue.then(async () => {
    // Parsing the body and copying it to the worker both hold the event loop: let waiting
    // requests in between the two.
    await new Promise((resolve) => setImmediate(resolve));
    return checker.run(job);
  });
  queue = run.catch(() => undefined);
  return run;
}

/** One worker thread, started on demand (loading the TypeScript takes a moment) and reused. */
class Checker {
  private worker: Worker | null = null;
  private idle: ReturnType<typeof setTimeout> | null = null;

  run(job: ImportValidationJob): Promise<ImportValidationResult> {
    if (this.idle) clearTimeout(this.idle);
    // A runaway check runs out of memory in its own heap, not the server's.
    const worker = (this.worker ??= new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: 1024 } }));
    worker.ref(); // a CLI process must not exit while a check runs
    return new Promise<ImportValidationResult>((resolve, reject) => {
      const detach = () => worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      const onMessage = (result: ImportValidationResult) => {
        detach();
        worker.unref();
        this.idle = setTimeout(() => this.stop(worker), IDLE_MS).unref();
        resolve(result);
      };
      const onError = (e: Error) => {
        detach();
        this.stop(worker);
        reject(e);
      };
      const onExit = (code: number) =>
        onError(new Error(`the import check stopped early (exit code ${code})`));
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(job);
    });
  }

  private stop(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }
}

const checker = new Checker();
