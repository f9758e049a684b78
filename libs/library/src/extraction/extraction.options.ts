import { availableParallelism } from 'node:os';

/** The first-page picture of a PDF: its bounds in pixels and its own share of the job's time. */
export interface ThumbnailOptions {
  /** The page is scaled to fit these, keeping its proportions (a hostile page size cannot grow it). */
  maxWidth: number;
  maxHeight: number;
  /** Rendering gives up after this (and always before the job's own limit): no thumbnail. */
  timeoutMs: number;
}

/** Limits of text extraction; every one is a defence against a hostile or broken upload. */
export interface ExtractionOptions {
  /**
   * Wall-clock limit of one job from the moment a worker begins it (time in the queue does not
   * count); past it the worker is terminated and the job is a TIMEOUT.
   */
  timeoutMs: number;
  /** The worker's V8 heap cap (`resourceLimits.maxOldGenerationSizeMb`); hitting it is TOO_LARGE. */
  maxHeapMb: number;
  /** Files bigger than this are not opened at all (TOO_LARGE). */
  maxFileBytes: number;
  /** Extracted text is cut at this many UTF-8 bytes (`truncated: true`). */
  maxTextBytes: number;
  /** Zip-based formats (DOCX, XLSX, PPTX, ODF): most entries a central directory may list. */
  maxZipEntries: number;
  /** Zip-based formats: most bytes the entries may declare, and the most ever inflated. */
  maxZipBytes: number;
  /** Zip-based formats: highest uncompressed/compressed ratio of an entry over 1 MiB. */
  maxZipRatio: number;
  /** Jobs run at once; each holds a worker thread and a core while it runs. Others queue. */
  concurrency: number;
  /** A worker thread beyond the first, idle this long, exits (a fresh one takes 300–450 ms). */
  idleMs: number;
  /** A PNG of a PDF's first page comes with its text; null for none. */
  thumbnail: ThumbnailOptions | null;
}

export const DEFAULT_EXTRACTION_OPTIONS: ExtractionOptions = {
  timeoutMs: 60_000,
  maxHeapMb: 512,
  maxFileBytes: 200 * 1024 * 1024,
  maxTextBytes: 2 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxZipBytes: 200 * 1024 * 1024,
  maxZipRatio: 200,
  concurrency: Math.max(1, Math.floor(availableParallelism() / 2)),
  idleMs: 30_000,
  thumbnail: { maxWidth: 320, maxHeight: 480, timeoutMs: 10_000 },
};

/** Optional Nest provider of `Partial<ExtractionOptions>` overriding the defaults. */
export const EXTRACTION_OPTIONS = Symbol('EXTRACTION_OPTIONS');

/** What a worker needs of the options: plain data, sent with each job. */
export type ReaderLimits = Pick<
  ExtractionOptions,
  'maxFileBytes' | 'maxTextBytes' | 'maxZipEntries' | 'maxZipBytes' | 'maxZipRatio' | 'thumbnail'
>;
