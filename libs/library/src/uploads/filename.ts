import { DomainError } from '@mreza/shared/graphql';

export const MAX_FILENAME_LENGTH = 200;

export class FilenameInvalidError extends DomainError {
  constructor(reason: string) {
    super('FILENAME_INVALID', `The file name is not accepted: ${reason}`);
  }
}

// Control characters, and the Unicode ones that reorder or hide text (a name shown as
// "report.pdf" that is really "report\u202Efdp.exe").
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/**
 * The display name of an uploaded file, as the uploader's browser gave it: refused rather than
 * silently changed when it holds a path (`/`, `\`, `..`), control or direction-changing
 * characters, or is too long; otherwise NFC-normalised and trimmed. The name never becomes part
 * of an object key; downloads carry it only in an encoded header.
 */
export function safeFilename(raw: string): string {
  const name = raw.normalize('NFC').trim();
  if (name.length === 0) throw new FilenameInvalidError('it is empty');
  if (CONTROL.test(name)) throw new FilenameInvalidError('it contains control characters');
  if (/[/\\]/.test(name) || name === '.' || name === '..') {
    throw new FilenameInvalidError('it contains a path');
  }
  if (name.length > MAX_FILENAME_LENGTH) {
    throw new FilenameInvalidError(`it is longer than ${MAX_FILENAME_LENGTH} characters`);
  }
  if (!/\.[^.]+$/.test(name) || name.startsWith('.')) {
    throw new FilenameInvalidError('it needs a name and an extension');
  }
  return name;
}
