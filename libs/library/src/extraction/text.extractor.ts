import { Inject, Injectable, Optional } from '@nestjs/common';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { failure } from './extraction.errors';
import { formatOfMimeType } from './extraction.formats';
import type { ExtractionJob } from './extraction.job';
import type { ExtractionOptions } from './extraction.options';
import { DEFAULT_EXTRACTION_OPTIONS, EXTRACTION_OPTIONS } from './extraction.options';
import type { DocumentTextExtractor, ExtractionInput, ExtractionOutcome } from './extraction.port';

/**
 * The worker's entry beside this file: `.js` once compiled, `.ts` when run from sources. A `.ts`
 * entry is loaded through `@swc-node/register`, as the services themselves run (a worker inherits
 * `-r` from the service's `execArgv`, but not from a test runner's own transform).
 */
const WORKER_ENTRY = join(__dirname, `extraction.worker${extname(__filename)}`);
const TS_WORKER_BOOTSTRAP = `
  const { workerData } = require('node:worker_threads');
  require(workerData.register);
  require(workerData.entry);
`;

const UNREADABLE = 'The file could not be read.';

/**
 * Extracts the searchable text of a stored file, off the request path and off the event loop:
 * each job runs in its own worker thread with a heap cap, and is terminated at the time limit;
 * at most `concurrency` run at once. Never throws: every failure is an outcome with a code.
 */
@Injectable()
export class TextExtractor implements DocumentTextExtractor {
  private readonly options: ExtractionOptions;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(@Optional() @Inject(EXTRACTION_OPTIONS) options?: Partial<ExtractionOptions>) {
    this.options = { ...DEFAULT_EXTRACTION_OPTIONS, ...options };
  }

  async extract(input: ExtractionInput): Promise<ExtractionOutcome> {
    const format = formatOfMimeType(input.mimeType);
    if (!format) return failure('UNSUPPORTED_TYPE', 'The text of this type of file is not read.');
    if (input.bytes && input.bytes.length > this.options.maxFileBytes) {
      return failure('TOO_LARGE', 'The file is too large to extract its text.');
    }
    let scratch: string | null = null;
    await this.acquire();
    try {
      let filePath = input.filePath;
      if (input.bytes) {
        // Readers stream from a file (zip entries, text heads): bytes get one for the job.
        scratch = await mkdtemp(join(tmpdir(), 'mreza-extraction-'));
        filePath = join(scratch, 'file');
        await writeFile(filePath, input.bytes);
      }
      if (!filePath) return failure('CORRUPT', 'No file was given.');
      const { maxFileBytes, maxTextBytes, maxZipEntries, maxZipBytes, maxZipRatio } = this.options;
      return await this.runInWorker({
        filePath,
        format,
        limits: { maxFileBytes, maxTextBytes, maxZipEntries, maxZipBytes, maxZipRatio },
      });
    } catch {
      return failure('CORRUPT', UNREADABLE);
    } finally {
      this.release();
      if (scratch) await rm(scratch, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  /** Settles once the worker has answered, failed or run out of time, and is gone. */
  private runInWorker(job: ExtractionJob): Promise<ExtractionOutcome> {
    return new Promise((resolve) => {
      const fromSources = WORKER_ENTRY.endsWith('.ts');
      const worker = new Worker(fromSources ? TS_WORKER_BOOTSTRAP : WORKER_ENTRY, {
        eval: fromSources,
        workerData: fromSources
          ? { ...job, entry: WORKER_ENTRY, register: require.resolve('@swc-node/register') }
          : job,
        resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
      });
      let settled = false;
      const settle = (outcome: ExtractionOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.removeAllListeners();
        // Terminating may still emit 'error'; it has nothing left to tell.
        worker.on('error', () => undefined);
        void worker.terminate().finally(() => resolve(outcome));
      };
      const timer = setTimeout(
        () => settle(failure('TIMEOUT', 'Extracting the text took too long.')),
        this.options.timeoutMs,
      );
      worker.once('message', (outcome: ExtractionOutcome) => settle(outcome));
      worker.once('error', (error: Error & { code?: string }) =>
        settle(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? failure('TOO_LARGE', 'Extracting the text needs too much memory.')
            : failure('CORRUPT', UNREADABLE),
        ),
      );
      worker.once('exit', () => settle(failure('CORRUPT', UNREADABLE)));
    });
  }

  private async acquire(): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running += 1;
      return;
    }
    // `release` hands its slot straight over, so `running` stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}
