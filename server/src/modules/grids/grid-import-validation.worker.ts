/** Worker thread body: checks each import it is sent and posts the result back (see validateOnWorker). */
import { parentPort } from 'node:worker_threads';
import { runImportValidation, type ImportValidationJob } from './grid-import-validation.ts';

parentPort!.on('message', (job: ImportValidationJob) => parentPort!.postMessage(runImportValidation(job)));
