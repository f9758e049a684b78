/**
 * Entry of the worker thread that runs one extraction job (see `TextExtractor`): reads the job
 * from `workerData`, posts back one `ExtractionResult`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ExtractionJob } from './extraction.job';
import { runExtractionJob } from './extraction.job';

void runExtractionJob(workerData as ExtractionJob).then((result) => {
  parentPort?.postMessage(result);
});
