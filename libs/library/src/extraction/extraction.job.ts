import { ExtractionError, failure } from './extraction.errors';
import type { DocumentFormat } from './extraction.formats';
import type { ReaderLimits } from './extraction.options';
import type { ExtractionOutcome } from './extraction.port';
import type { Reader } from './readers/reader';
import { TextCollector } from './text-collector';

/** What the extractor sends a worker for one file: plain data only. */
export interface ExtractionJob {
  filePath: string;
  format: DocumentFormat;
  limits: ReaderLimits;
  /** The job's time limit, counted from the moment the worker begins it. */
  timeoutMs: number;
}

/** Optional work stops this long before the job's limit, so its text still comes back. */
const DEADLINE_MARGIN_MS = 2_000;

/** A job as a pool task: `id` names it in the worker's `ExtractionStarted` message. */
export interface ExtractionTask {
  id: number;
  job: ExtractionJob;
}

/**
 * Posted by a worker when it begins a task: the time limit counts from here, not from the
 * moment the job joined the queue.
 */
export interface ExtractionStarted {
  extractionStarted: number;
}

export const isExtractionStarted = (message: unknown): message is ExtractionStarted =>
  typeof message === 'object' &&
  message !== null &&
  typeof (message as Partial<ExtractionStarted>).extractionStarted === 'number';

/** Each format's reader, loaded on demand: a worker loads only the libraries its job needs. */
const READERS: Record<DocumentFormat, () => Promise<Reader>> = {
  pdf: async () => (await import('./readers/pdf.reader')).readPdf,
  docx: async () => (await import('./readers/docx.reader')).readDocx,
  xlsx: async () => (await import('./readers/office-open-xml.reader')).readSpreadsheetML,
  pptx: async () => (await import('./readers/office-open-xml.reader')).readPresentationML,
  odt: async () => (await import('./readers/open-document.reader')).readOpenDocument,
  ods: async () => (await import('./readers/open-document.reader')).readOpenDocument,
  odp: async () => (await import('./readers/open-document.reader')).readOpenDocument,
  text: async () => (await import('./readers/plain-text.reader')).readPlainText,
  html: async () => (await import('./readers/html.reader')).readHtml,
};

/** Runs one job to its result; never throws. Runs inside the worker thread. */
export async function runExtractionJob(job: ExtractionJob): Promise<ExtractionOutcome> {
  const deadline = Date.now() + job.timeoutMs - DEADLINE_MARGIN_MS;
  const collector = new TextCollector(job.limits.maxTextBytes);
  try {
    const read = await READERS[job.format]();
    const { pages, thumbnail } = await read(job.filePath, collector, job.limits, deadline);
    return { ...collector.result(), pages, ...(thumbnail ? { thumbnail } : {}) };
  } catch (error) {
    if (error instanceof ExtractionError) return error.toFailure();
    return failure('CORRUPT', 'The file could not be read.');
  }
}
