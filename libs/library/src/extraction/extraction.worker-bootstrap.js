'use strict';
/**
 * The pool's worker entry when `TextExtractor` runs from TypeScript sources: a test runner's own
 * transform does not reach worker threads, so the first task loads `@swc-node/register` (as the
 * services run) and then `extraction.worker.ts`; later tasks of the thread call it directly.
 * Loading happens inside a task, so a failure there (a heap cap too small) is that task's outcome.
 */
const { workerData } = require('node:worker_threads');

let extractInWorker = null;

module.exports = async function extractFromSources(task) {
  if (extractInWorker === null) {
    require(workerData.register);
    extractInWorker = require(workerData.entry).default;
  }
  return extractInWorker(task);
};
