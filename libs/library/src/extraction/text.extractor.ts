import type { OnModuleDestroy } from '@nestjs/common';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Piscina } from 'piscina';
import { ExtractionInterruptedError, failure } from './extraction.errors';
import { formatOfMimeType } from './extraction.formats';
import type { ExtractionJob, ExtractionTask } from './extraction.job';
import { isExtractionStarted } from './extraction.job';
import type { ExtractionOptions } from './extraction.options';
import { DEFAULT_EXTRACTION_OPTIONS, EXTRACTION_OPTIONS } from './extraction.options';
import type { DocumentTextExtractor, ExtractionInput, ExtractionOutcome } from './extraction.port';

/**
 * The workers' entry beside this file: `.js` once compiled, `.ts` when run from sources. A `.ts`
 * entry is reached through a small `.js` bootstrap that loads `@swc-node/register` first, as the
 * services themselves run (a worker inherits `-r` from the service's `execArgv`, but not from a
 * test runner's own transform).
 */
const WORKER_ENTRY = join(__dirname, `extraction.worker${extname(__filename)}`);
const FROM_SOURCES = WORKER_ENTRY.endsWith('.ts');
const TS_WORKER_BOOTSTRAP = join(__dirname, 'extraction.worker-bootstrap.js');

const UNREADABLE = 'The file could not be read.';

/**
 * Extracts the searchable text of a stored file, off the request path and off the event loop,
 * in a pool of worker threads (piscina): at most `concurrency` jobs run at once, each in a thread
 * with a heap cap, and the others queue. A thread stays for the next job (it has loaded the
 * readers already); beyond the first, until idle for `idleMs`. A job past its time limit, or out of memory, loses
 * its thread; the pool starts another for the next job. Never throws for a file: every failure
 * is an outcome with a code. Throws `ExtractionInterruptedError` for a job cut short by shutdown.
 */
@Injectable()
export class TextExtractor implements DocumentTextExtractor, OnModuleDestroy {
  private readonly logger = new Logger(TextExtractor.name);
  private readonly options: ExtractionOptions;
  private readonly pool: Piscina<ExtractionTask, ExtractionOutcome>;
  /** Tasks not begun yet by a worker: `start` starts the time limit, `strand` fails the task. */
  private readonly waiting = new Map<number, { start(): void; strand(error: Error): void }>();
  private lastTaskId = 0;
  private closing = false;

  constructor(@Optional() @Inject(EXTRACTION_OPTIONS) options?: Partial<ExtractionOptions>) {
    this.options = { ...DEFAULT_EXTRACTION_OPTIONS, ...options };
    this.pool = new Piscina({
      filename: FROM_SOURCES ? TS_WORKER_BOOTSTRAP : WORKER_ENTRY,
      workerData: FROM_SOURCES
        ? { entry: WORKER_ENTRY, register: require.resolve('@swc-node/register') }
        : undefined,
      // One thread stays: piscina replaces a terminated one only to keep this minimum.
      minThreads: 1,
      maxThreads: this.options.concurrency,
      idleTimeout: this.options.idleMs,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
    });
    this.pool.on('message', (message: unknown) => {
      if (!isExtractionStarted(message)) return;
      this.waiting.get(message.extractionStarted)?.start();
      this.waiting.delete(message.extractionStarted);
    });
    // A worker failed while starting (or between jobs): no job of its own to fail. When no
    // thread is left, piscina starts none for the jobs in its queue: they fail as it did.
    this.pool.on('error', (error: Error) => {
      if (this.closing) return;
      this.logger.warn(`an extraction worker failed outside a job: ${error.message}`);
      if (this.pool.threads.length > 0) return;
      for (const task of [...this.waiting.values()]) task.strand(error);
    });
  }

  /** Threads alive now, and jobs finished (settled) since start; for tests and operators. */
  get stats(): { threadIds: number[]; completed: number } {
    return {
      threadIds: this.pool.threads.map((thread) => thread.threadId),
      completed: this.pool.completed,
    };
  }

  async extract(input: ExtractionInput): Promise<ExtractionOutcome> {
    const format = formatOfMimeType(input.mimeType);
    if (!format) return failure('UNSUPPORTED_TYPE', 'The text of this type of file is not read.');
    if (input.bytes && input.bytes.length > this.options.maxFileBytes) {
      return failure('TOO_LARGE', 'The file is too large to extract its text.');
    }
    if (this.closing) throw new ExtractionInterruptedError();
    let scratch: string | null = null;
    try {
      let filePath = input.filePath;
      if (input.bytes) {
        // Readers stream from a file (zip entries, text heads): bytes get one for the job.
        scratch = await mkdtemp(join(tmpdir(), 'mreza-extraction-'));
        filePath = join(scratch, 'file');
        await writeFile(filePath, input.bytes);
      }
      if (!filePath) return failure('CORRUPT', 'No file was given.');
      const { maxFileBytes, maxTextBytes, maxZipEntries, maxZipBytes, maxZipRatio, thumbnail } =
        this.options;
      return await this.runInPool({
        filePath,
        format,
        limits: { maxFileBytes, maxTextBytes, maxZipEntries, maxZipBytes, maxZipRatio, thumbnail },
        timeoutMs: this.options.timeoutMs,
      });
    } catch (error) {
      if (error instanceof ExtractionInterruptedError) throw error;
      return failure('CORRUPT', UNREADABLE);
    } finally {
      if (scratch) await rm(scratch, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  /** Stops the workers (a running job ends in `ExtractionInterruptedError`), so the process can exit. */
  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await this.pool.destroy();
  }

  /** Settles once the worker has answered, failed or run out of time. */
  private async runInPool(job: ExtractionJob): Promise<ExtractionOutcome> {
    this.lastTaskId += 1;
    const id = this.lastTaskId;
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    let stranded: Error | null = null;
    this.waiting.set(id, {
      start: () => {
        timer = setTimeout(() => {
          timedOut = true;
          // Piscina terminates the worker running an aborted task.
          abort.abort();
        }, this.options.timeoutMs);
      },
      strand: (error) => {
        stranded = error;
        abort.abort();
      },
    });
    try {
      return await this.pool.run({ id, job }, { signal: abort.signal });
    } catch (error) {
      if (this.closing) throw new ExtractionInterruptedError();
      if (timedOut) return failure('TIMEOUT', 'Extracting the text took too long.');
      const cause = stranded ?? error;
      if ((cause as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return failure('TOO_LARGE', 'Extracting the text needs too much memory.');
      }
      return failure('CORRUPT', UNREADABLE);
    } finally {
      clearTimeout(timer);
      this.waiting.delete(id);
    }
  }
}
