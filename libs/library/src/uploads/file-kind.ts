import { fromBuffer } from 'file-type';
import type { ZipOpener } from './zip-entries';
import { readSmallEntries } from './zip-entries';

/** The file types the library accepts, by their real content. */
export enum FileKind {
  PDF = 'PDF',
  DOCX = 'DOCX',
  XLSX = 'XLSX',
  PPTX = 'PPTX',
  ODT = 'ODT',
  ODS = 'ODS',
  TXT = 'TXT',
  MARKDOWN = 'MARKDOWN',
  PNG = 'PNG',
  JPEG = 'JPEG',
}

export const FILE_KINDS: Record<FileKind, { mimeType: string; extensions: string[] }> = {
  PDF: { mimeType: 'application/pdf', extensions: ['pdf'] },
  DOCX: {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  XLSX: {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  PPTX: {
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
  },
  ODT: { mimeType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  ODS: { mimeType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
  TXT: { mimeType: 'text/plain; charset=utf-8', extensions: ['txt', 'text', 'csv'] },
  MARKDOWN: { mimeType: 'text/markdown; charset=utf-8', extensions: ['md', 'markdown'] },
  PNG: { mimeType: 'image/png', extensions: ['png'] },
  JPEG: { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
};

/** Bytes of the start of a file enough for every signature `file-type` knows. */
export const SNIFF_BYTES = 4100;

export const extensionOf = (filename: string): string =>
  /\.([^.]+)$/.exec(filename)?.[1]?.toLowerCase() ?? '';

/** The kinds a file name's extension claims (empty when the library does not take it). */
export const kindsForExtension = (filename: string): FileKind[] => {
  const extension = extensionOf(filename);
  return (Object.keys(FILE_KINDS) as FileKind[]).filter((kind) =>
    FILE_KINDS[kind].extensions.includes(extension),
  );
};

const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;

const OOXML: [string, FileKind][] = [
  [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    FileKind.DOCX,
  ],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', FileKind.XLSX],
  [
    'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    FileKind.PPTX,
  ],
];

const ODF: Record<string, FileKind> = {
  'application/vnd.oasis.opendocument.text': FileKind.ODT,
  'application/vnd.oasis.opendocument.spreadsheet': FileKind.ODS,
};

/**
 * What a zip really is: OOXML by the main part its `[Content_Types].xml` declares (macro-enabled
 * variants are not accepted), ODF by its `mimetype` entry; any other zip is not a document.
 */
export async function zipKind(open: ZipOpener): Promise<FileKind | null> {
  const entries = await readSmallEntries(open, ['mimetype', '[Content_Types].xml']);
  const mimetype = entries?.get('mimetype');
  if (mimetype !== undefined) return ODF[mimetype.trim()] ?? null;
  const types = entries?.get('[Content_Types].xml');
  if (types === undefined) return null;
  const found = OOXML.filter(([main]) => types.includes(`ContentType="${main}"`));
  return found.length === 1 ? found[0][1] : null;
}

/** The kinds recognised by their magic bytes; anything else `file-type` knows is refused. */
const SIGNATURES: Record<string, FileKind> = {
  'application/pdf': FileKind.PDF,
  'image/png': FileKind.PNG,
  'image/jpeg': FileKind.JPEG,
};

/** UTF-8 text without NUL bytes or other binary control characters. */
function isText(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return false;
  }
  return !bytes.some(
    (byte) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c,
  );
}

/**
 * The real kind of a file from its content, never from its name or announced type: magic bytes
 * for PDF and images, the inner manifest for zip-based documents, clean UTF-8 for text (plain or
 * Markdown, as its name says). `openZip` opens the whole file as a zip, needed only for zips.
 */
export async function sniffKind(
  start: Buffer,
  filename: string,
  openZip: ZipOpener,
): Promise<FileKind | null> {
  if (isZip(start)) return zipKind(openZip);
  const detected = await fromBuffer(start);
  if (detected) return SIGNATURES[detected.mime] ?? null;
  if (!isText(start)) return null;
  return FILE_KINDS.MARKDOWN.extensions.includes(extensionOf(filename))
    ? FileKind.MARKDOWN
    : FileKind.TXT;
}
