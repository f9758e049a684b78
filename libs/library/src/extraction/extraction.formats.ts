/** The formats whose text is extracted; anything else is kept but not searchable by content. */
export type DocumentFormat =
  'pdf' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp' | 'text' | 'html';

const FORMATS: Record<string, DocumentFormat> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'text/plain': 'text',
  'text/markdown': 'text',
  'text/x-markdown': 'text',
  'text/csv': 'text',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
};

/** The format of a MIME type, parameters (`; charset=utf-8`) and case ignored; null if none. */
export function formatOfMimeType(mimeType: string): DocumentFormat | null {
  const essence = mimeType.split(';', 1)[0].trim().toLowerCase();
  return Object.hasOwn(FORMATS, essence) ? FORMATS[essence] : null;
}
