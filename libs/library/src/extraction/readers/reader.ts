import type { ReaderLimits } from '../extraction.options';
import type { TextCollector } from '../text-collector';

/** What a reader found besides the text it put into the collector. */
export interface ReaderResult {
  /** The page (or slide) count, where the format has one. */
  pages: number | null;
  /** A PNG of the first page, where the format has pages and one could be rendered. */
  thumbnail?: Uint8Array | null;
}

/**
 * Reads a file's text into the collector. `deadline` (epoch ms) is when the job's time runs
 * out: optional work (a thumbnail) is not begun or is given up before it.
 */
export type Reader = (
  filePath: string,
  collector: TextCollector,
  limits: ReaderLimits,
  deadline: number,
) => Promise<ReaderResult>;
