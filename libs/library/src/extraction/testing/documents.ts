/**
 * Documents made at test time, small on disk: PDFs (pdf-lib, with DejaVu Sans so Serbian Latin
 * and Cyrillic are real text), zips of DOCX, XLSX, PPTX and OpenDocument parts (yazl), and zip
 * bombs written by hand so their headers can say what they like.
 */
import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { ZipFile } from 'yazl';

const DEJAVU_SANS = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

/** A PDF with one page per entry, each line drawn as a line of text; A4 pages unless `size`. */
export async function aPdf(
  pages: string[][],
  size: [width: number, height: number] = [595, 842],
): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const font = await document.embedFont(readFileSync(DEJAVU_SANS), { subset: true });
  for (const lines of pages) {
    const page = document.addPage(size);
    lines.forEach((line, index) => {
      page.drawText(line, { x: 50, y: size[1] - 62 - index * 16, size: 11, font });
    });
  }
  return Buffer.from(await document.save());
}

export function aZip(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, content] of Object.entries(entries)) {
    zip.addBuffer(Buffer.from(content), name, { compress: name !== 'mimetype' });
  }
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const contentTypes = (main: string) =>
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  '</Types>';

const packageRelationships = (main: string) =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/>` +
  '</Relationships>';

export const wordDocumentXml = (paragraphs: string[]) =>
  `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
  paragraphs
    .map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`)
    .join('') +
  '</w:body></w:document>';

/** The smallest DOCX Word and mammoth open: content types, package relationships, the body. */
export const aDocx = (paragraphs: string[]) =>
  aZip({
    '[Content_Types].xml': contentTypes('word/document.xml'),
    '_rels/.rels': packageRelationships('word/document.xml'),
    'word/document.xml': wordDocumentXml(paragraphs),
  });

const ODF_NAMESPACES =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';

const anOpenDocument = (mimeType: string, body: string) =>
  aZip({
    mimetype: mimeType,
    'META-INF/manifest.xml':
      `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">` +
      `<manifest:file-entry manifest:full-path="/" manifest:media-type="${mimeType}"/>` +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
      '</manifest:manifest>',
    'content.xml': `${XML}<office:document-content ${ODF_NAMESPACES} office:version="1.3"><office:body>${body}</office:body></office:document-content>`,
  });

/** An ODT whose `office:text` is the given (already XML) body. */
export const anOdt = (textBody: string) =>
  anOpenDocument(
    'application/vnd.oasis.opendocument.text',
    `<office:text>${textBody}</office:text>`,
  );

/** An ODS with one sheet of the given rows of cells. */
export const anOds = (rows: string[][]) =>
  anOpenDocument(
    'application/vnd.oasis.opendocument.spreadsheet',
    '<office:spreadsheet><table:table table:name="List1">' +
      rows
        .map(
          (cells) =>
            '<table:table-row>' +
            cells
              .map(
                (cell) =>
                  `<table:table-cell><text:p>${escapeXml(cell)}</text:p></table:table-cell>`,
              )
              .join('') +
            '</table:table-row>',
        )
        .join('') +
      '</table:table></office:spreadsheet>',
  );

/** An XLSX reduced to what carries its text: the shared strings. */
export const anXlsx = (strings: string[]) =>
  aZip({
    'xl/sharedStrings.xml':
      `${XML}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      strings.map((text) => `<si><t>${escapeXml(text)}</t></si>`).join('') +
      '</sst>',
  });

/** A PPTX reduced to its slides, each a list of paragraphs. */
export const aPptx = (slides: string[][]) =>
  aZip(
    Object.fromEntries(
      slides.map((paragraphs, index) => [
        `ppt/slides/slide${index + 1}.xml`,
        `${XML}<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody>` +
          paragraphs.map((text) => `<a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p>`).join('') +
          '</p:txBody></p:sp></p:spTree></p:cSld></p:sld>',
      ]),
    ),
  );

interface RawEntry {
  name: string;
  /** Raw deflate data. */
  data: Buffer;
  crc: number;
  size: number;
  /** What the headers claim the entry inflates to. */
  declaredSize: number;
}

const deflated = (name: string, content: string): RawEntry => {
  const bytes = Buffer.from(content);
  const size = bytes.length;
  return { name, data: deflateRawSync(bytes), crc: crc32(bytes), size, declaredSize: size };
};

/**
 * Raw deflate of `mebibytes` MiB of zeros, about 1 KiB per MiB: one MiB's stream, flushed
 * without ending, repeated (each copy refers to nothing before it), then a final empty block.
 */
function zerosDeflated(mebibytes: number): { data: Buffer; crc: number } {
  const zeros = Buffer.alloc(1024 * 1024);
  const block = deflateRawSync(zeros, { finishFlush: constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < mebibytes; i += 1) crc = crc32(zeros, crc);
  const data = Buffer.concat([
    ...Array.from({ length: mebibytes }, () => block),
    Buffer.from([3, 0]),
  ]);
  return { data, crc };
}

function writeZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A DOCX whose `word/document.xml` inflates to `mebibytes` MiB of zeros, about 1 KiB on disk per
 * MiB. Its headers declare the real size, or `declaredBytes` when they are to lie.
 */
export function aDocxBomb(mebibytes: number, declaredBytes?: number): Buffer {
  const { data, crc } = zerosDeflated(mebibytes);
  const size = mebibytes * 1024 * 1024;
  return writeZip([
    deflated('[Content_Types].xml', contentTypes('word/document.xml')),
    deflated('_rels/.rels', packageRelationships('word/document.xml')),
    { name: 'word/document.xml', data, crc, size, declaredSize: declaredBytes ?? size },
  ]);
}

/** Windows code-page bytes of a text (`windows-1250`, `windows-1251`), built from the decoder. */
export function encodeLegacy(text: string, encoding: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) byteOf.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from(
    [...text].map((character) => {
      const byte = byteOf.get(character);
      if (byte === undefined) throw new Error(`${character} is not in ${encoding}`);
      return byte;
    }),
  );
}

/** The width and height a PNG's header states, or null for bytes that are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const buffer = Buffer.from(bytes);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buffer.length < 24 || !buffer.subarray(0, 8).equals(signature)) return null;
  if (buffer.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
