import { DomainError } from '@mreza/shared/graphql';

export class UploadTooLargeError extends DomainError {
  constructor(maxBytes: number) {
    super('UPLOAD_TOO_LARGE', `A file may have at most ${maxBytes} bytes`, { maxBytes });
  }
}

export class UploadEmptyError extends DomainError {
  constructor() {
    super('UPLOAD_EMPTY', 'The file is empty');
  }
}

export class UploadTypeNotAllowedError extends DomainError {
  constructor() {
    super(
      'UPLOAD_TYPE_NOT_ALLOWED',
      'The library takes PDF, DOCX, XLSX, PPTX, ODT, ODS, plain text, Markdown, PNG and JPEG files, whose content matches their name',
    );
  }
}

export class UploadNotFoundError extends DomainError {
  constructor() {
    super('UPLOAD_NOT_FOUND', 'No file was uploaded under this upload id (or it expired)');
  }
}

export class UploadNotYoursError extends DomainError {
  constructor() {
    super('UPLOAD_NOT_YOURS', 'This upload belongs to someone else');
  }
}

export class UploadSizeMismatchError extends DomainError {
  constructor() {
    super('UPLOAD_SIZE_MISMATCH', 'The uploaded file is not the size that was announced');
  }
}

export class TooManyUploadsError extends DomainError {
  constructor(max: number) {
    super('TOO_MANY_UPLOADS', `At most ${max} uploads may wait to be used at a time`);
  }
}
