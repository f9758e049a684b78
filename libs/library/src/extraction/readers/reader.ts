import type { ReaderLimits } from '../extraction.options';
import type { TextCollector } from '../text-collector';

/** Reads a file's text into the collector; returns its page (or slide) count where it has one. */
export type Reader = (
  filePath: string,
  collector: TextCollector,
  limits: ReaderLimits,
) => Promise<{ pages: number | null }>;
