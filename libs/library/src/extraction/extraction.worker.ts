/**
 * Entry of the pooled worker threads that run extraction jobs (see `TextExtractor`): piscina
 * calls the default export once per task, in a thread that stays for the next one. The readers a
 * job needs are loaded on its first use and kept.
 */
import { parentPort } from 'node:worker_threads';
import type { ExtractionStarted, ExtractionTask } from './extraction.job';
import { runExtractionJob } from './extraction.job';
import type { ExtractionOutcome } from './extraction.port';

export default function extractInWorker(task: ExtractionTask): Promise<ExtractionOutcome> {
  parentPort?.postMessage({ extractionStarted: task.id } satisfies ExtractionStarted);
  return runExtractionJob(task.job);
}
