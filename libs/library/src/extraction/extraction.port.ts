/**
 * The library's port to text extraction. The library hands a stored version's file to the
 * extractor and records what comes back; `TextExtractor` (in this folder) implements it, tests
 * use a fake.
 */

export interface ExtractionInput {
  /** The file's bytes, or a path to a file holding them (one of the two). */
  bytes?: Uint8Array;
  filePath?: string;
  /** The real type, as sniffed at upload (`application/pdf`, `text/plain; charset=utf-8`, …). */
  mimeType: string;
}

export interface ExtractedText {
  text: string;
  /** Pages of a paged format (PDF), else null. */
  pages: number | null;
  /** The extractor stopped before the end (its own size or time limit). */
  truncated: boolean;
  /**
   * A PNG of the first page (PDF), fit into about 320 × 480 pixels; absent when the format has
   * no pages or the page could not be rendered (the text is kept either way).
   */
  thumbnail?: Uint8Array | null;
}

/** Why no text came out: a code for operators (`UNSUPPORTED_TYPE`, `ENCRYPTED`, `CORRUPT`, …). */
export interface ExtractionFailure {
  failure: string;
}

export type ExtractionOutcome = ExtractedText | ExtractionFailure;

export interface DocumentTextExtractor {
  /** Never throws for a bad file: answers a failure. May throw for an internal fault. */
  extract(input: ExtractionInput): Promise<ExtractionOutcome>;
}

/** The Nest token the library injects its extractor by. */
export const TEXT_EXTRACTOR = Symbol('TEXT_EXTRACTOR');

export const isExtractionFailure = (outcome: ExtractionOutcome): outcome is ExtractionFailure =>
  'failure' in outcome;
