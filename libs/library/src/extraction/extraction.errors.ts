import type { ExtractionFailure } from './extraction.port';

/** Why a file gave no text. */
export type ExtractionFailureCode =
  'UNSUPPORTED_TYPE' | 'ENCRYPTED' | 'CORRUPT' | 'TOO_LARGE' | 'TIMEOUT';

/** The port's failure, its code narrowed, with one sentence for the logs (no path, no stack). */
export interface ExtractionFailureDetail extends ExtractionFailure {
  failure: ExtractionFailureCode;
  message: string;
}

export const failure = (code: ExtractionFailureCode, message: string): ExtractionFailureDetail => ({
  failure: code,
  message,
});

/** A reader's reason to give up on a file. */
export class ExtractionError extends Error {
  constructor(
    readonly code: ExtractionFailureCode,
    message: string,
  ) {
    super(message);
    this.name = ExtractionError.name;
  }

  toFailure(): ExtractionFailureDetail {
    return failure(this.code, this.message);
  }
}

export const corrupt = (message = 'The file is damaged or not of the type it claims to be.') =>
  new ExtractionError('CORRUPT', message);

export const tooLarge = (message = 'The file is too large to extract its text.') =>
  new ExtractionError('TOO_LARGE', message);

export const encrypted = (message = 'The document is encrypted.') =>
  new ExtractionError('ENCRYPTED', message);

/**
 * The extractor was shut down before the job finished (the service is stopping): no outcome for
 * the file, which must be extracted again by the next run.
 */
export class ExtractionInterruptedError extends Error {
  constructor() {
    super('Text extraction was interrupted by a shutdown.');
    this.name = ExtractionInterruptedError.name;
  }
}
