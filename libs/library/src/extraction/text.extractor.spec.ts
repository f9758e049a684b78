import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExtractionInterruptedError } from './extraction.errors';
import type { ExtractionOptions } from './extraction.options';
import type { ExtractedText, ExtractionOutcome } from './extraction.port';
import {
  aDocx,
  aDocxBomb,
  anOds,
  anOdt,
  aPdf,
  aPptx,
  anXlsx,
  encodeLegacy,
  pngSize,
} from './testing/documents';
import { TextExtractor } from './text.extractor';

jest.setTimeout(60_000);

const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html',
};

const LATIN = 'Skupština opštine Šid: đačka čitaonica, ćevapi i žito';
const CYRILLIC = 'Скупштина општине Шид: ђачка читаоница, ћевапи и жито';

describe(TextExtractor.name, () => {
  let folder: string;
  let extractor: TextExtractor;
  let files = 0;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'mreza-extraction-spec-'));
    extractor = new TextExtractor();
  });

  afterAll(async () => {
    await extractor.onModuleDestroy();
    rmSync(folder, { recursive: true, force: true });
  });

  const stored = (bytes: Buffer | string) => {
    files += 1;
    const filePath = join(folder, `file-${files}`);
    writeFileSync(filePath, bytes);
    return filePath;
  };

  const extract = async (
    bytes: Buffer | string,
    mimeType: string,
    options?: Partial<ExtractionOptions>,
  ): Promise<ExtractionOutcome> => {
    if (!options) return extractor.extract({ filePath: stored(bytes), mimeType });
    const own = new TextExtractor(options);
    try {
      return await own.extract({ filePath: stored(bytes), mimeType });
    } finally {
      await own.onModuleDestroy();
    }
  };

  /** An extractor of one thread for the test, destroyed after it. */
  const withOneThread = async (
    options: Partial<ExtractionOptions>,
    test: (own: TextExtractor) => Promise<void>,
  ) => {
    const own = new TextExtractor({ concurrency: 1, ...options });
    try {
      await test(own);
    } finally {
      await own.onModuleDestroy();
    }
  };

  const aText = (text: string) => ({ filePath: stored(text), mimeType: MIME.txt });

  describe('PDF', () => {
    it('extracts Serbian Latin and Cyrillic text page by page, with the page count', async () => {
      const pdf = await aPdf([[LATIN, CYRILLIC], ['Druga strana — Друга страна']]);
      expect(await extract(pdf, MIME.pdf)).toEqual({
        text: `${LATIN}\n${CYRILLIC}\n\nDruga strana — Друга страна`,
        pages: 2,
        truncated: false,
        thumbnail: expect.any(Uint8Array),
      });
    });

    it('renders the first page as a PNG 320 pixels wide, in proportion', async () => {
      const pdf = await aPdf([[LATIN], [CYRILLIC]]);
      const outcome = await extract(pdf, MIME.pdf);
      // A4, 595 × 842 points.
      expect(pngSize((outcome as ExtractedText).thumbnail!)).toEqual({ width: 320, height: 453 });
    });

    it('fits a page of a hostile size into 320 × 480 pixels', async () => {
      const tall = await extract(await aPdf([[LATIN]], [200, 14_400]), MIME.pdf);
      const wide = await extract(await aPdf([[LATIN]], [14_400, 100]), MIME.pdf);
      expect(pngSize((tall as ExtractedText).thumbnail!)).toEqual({ width: 7, height: 480 });
      expect(pngSize((wide as ExtractedText).thumbnail!)).toEqual({ width: 320, height: 2 });
      expect(wide).toMatchObject({ text: LATIN, pages: 1 });
    });

    it('keeps the text without a thumbnail when there is no time to render one', async () => {
      const pdf = await aPdf([[LATIN]]);
      const outcome = await extract(pdf, MIME.pdf, {
        thumbnail: { maxWidth: 320, maxHeight: 480, timeoutMs: 0 },
      });
      expect(outcome).toEqual({ text: LATIN, pages: 1, truncated: false });
    });

    it('makes no thumbnail when they are turned off', async () => {
      const pdf = await aPdf([[LATIN]]);
      expect(await extract(pdf, MIME.pdf, { thumbnail: null })).toEqual({
        text: LATIN,
        pages: 1,
        truncated: false,
      });
    });

    it('cuts the text at the cap and still counts every page', async () => {
      const pdf = await aPdf(Array.from({ length: 20 }, (_, page) => [`${LATIN} ${page}`]));
      const outcome = await extract(pdf, MIME.pdf, { maxTextBytes: 200 });
      expect(outcome).toMatchObject({ pages: 20, truncated: true });
      expect(Buffer.byteLength((outcome as { text: string }).text)).toBeLessThanOrEqual(200);
    });

    it('answers CORRUPT for a damaged PDF', async () => {
      const damaged = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x5a)]);
      expect(await extract(damaged, MIME.pdf)).toMatchObject({ failure: 'CORRUPT' });
    });

    it('answers CORRUPT for a file that only claims to be a PDF', async () => {
      expect(await extract('<html>not a pdf</html>', MIME.pdf)).toMatchObject({
        failure: 'CORRUPT',
      });
    });
  });

  describe('DOCX', () => {
    it('extracts the paragraphs', async () => {
      const docx = await aDocx([LATIN, CYRILLIC]);
      expect(await extract(docx, MIME.docx)).toEqual({
        text: `${LATIN}\n\n${CYRILLIC}`,
        pages: null,
        truncated: false,
      });
    });

    it('refuses a zip bomb that declares 1 GiB, before inflating it', async () => {
      const bomb = aDocxBomb(1024);
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      const started = performance.now();
      expect(await extract(bomb, MIME.docx)).toMatchObject({ failure: 'TOO_LARGE' });
      expect(performance.now() - started).toBeLessThan(5_000);
    });

    it('stops a zip bomb whose headers lie, without inflating it into memory', async () => {
      const bomb = aDocxBomb(1024, 10_000);
      const rssBefore = process.memoryUsage().rss;
      const started = performance.now();
      expect(await extract(bomb, MIME.docx)).toMatchObject({ failure: 'TOO_LARGE' });
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024);
    });

    it('refuses an archive with too many entries', async () => {
      const docx = await aDocx([LATIN]);
      expect(await extract(docx, MIME.docx, { maxZipEntries: 2 })).toMatchObject({
        failure: 'TOO_LARGE',
      });
    });

    it('answers CORRUPT for a file that is no zip', async () => {
      expect(await extract('just text', MIME.docx)).toMatchObject({ failure: 'CORRUPT' });
    });
  });

  describe('OpenDocument', () => {
    it('extracts headings and paragraphs of an ODT, spaces and line breaks included', async () => {
      const odt = await anOdt(
        `<text:h text:outline-level="1">Zapisnik</text:h>` +
          `<text:p>${LATIN}</text:p>` +
          `<text:p>Тачка<text:s text:c="3"/>1<text:line-break/>${CYRILLIC}</text:p>` +
          `<text:tracked-changes><text:p>obrisano</text:p></text:tracked-changes>`,
      );
      expect(await extract(odt, MIME.odt)).toEqual({
        text: `Zapisnik\n\n${LATIN}\n\nТачка 1\n${CYRILLIC}`,
        pages: null,
        truncated: false,
      });
    });

    it('extracts the cells of an ODS row by row', async () => {
      const ods = await anOds([
        ['Opština', 'Broj stanovnika'],
        ['Ниш', '260237'],
      ]);
      expect(await extract(ods, MIME.ods)).toMatchObject({
        text: 'Opština Broj stanovnika\nНиш 260237',
      });
    });
  });

  describe('XLSX and PPTX', () => {
    it('extracts the shared strings of a workbook', async () => {
      const xlsx = await anXlsx(['Budžet', 'Буџет 2026']);
      expect(await extract(xlsx, MIME.xlsx)).toMatchObject({ text: 'Budžet\nБуџет 2026' });
    });

    it('extracts slides in order and counts them as pages', async () => {
      const pptx = await aPptx([['Uvod', 'Cilj projekta'], ['Закључак']]);
      expect(await extract(pptx, MIME.pptx)).toEqual({
        text: 'Uvod\nCilj projekta\n\nЗакључак',
        pages: 2,
        truncated: false,
      });
    });
  });

  describe('plain text', () => {
    it('reads UTF-8 Markdown and drops its BOM', async () => {
      const markdown = `\uFEFF# ${LATIN}\n\n${CYRILLIC}\n`;
      expect(await extract(markdown, MIME.md)).toEqual({
        text: `# ${LATIN}\n\n${CYRILLIC}`,
        pages: null,
        truncated: false,
      });
    });

    it('falls back to Windows-1250 for Serbian Latin that is not UTF-8', async () => {
      expect(await extract(encodeLegacy(LATIN, 'windows-1250'), MIME.txt)).toMatchObject({
        text: LATIN,
      });
    });

    it('reads Windows-1251 when the legacy bytes are mostly Cyrillic letters', async () => {
      expect(await extract(encodeLegacy(CYRILLIC, 'windows-1251'), MIME.txt)).toMatchObject({
        text: CYRILLIC,
      });
    });

    it('reads only as much of a long file as the cap needs', async () => {
      const outcome = await extract(`${LATIN}\n`.repeat(10_000), MIME.txt, { maxTextBytes: 1000 });
      expect(outcome).toMatchObject({ truncated: true });
      expect(Buffer.byteLength((outcome as { text: string }).text)).toBeLessThanOrEqual(1000);
    });
  });

  describe('HTML', () => {
    it('keeps the visible text, blocks as paragraphs, and decodes entities', async () => {
      const html =
        '<html><head><title>Vesti</title><style>p { color: red }</style></head><body>' +
        '<script>alert("x")</script><h1>Opština &amp; grad</h1>\n<p>Prvi\n   red</p>' +
        '<ul><li>Један</li><li>Два</li></ul></body></html>';
      expect(await extract(html, MIME.html)).toMatchObject({
        text: 'Vesti\n\nOpština & grad\n\nPrvi red\n\nЈедан\nДва',
      });
    });
  });

  describe('limits', () => {
    it('answers UNSUPPORTED_TYPE for images and unknown types without starting a job', async () => {
      expect(await extract(Buffer.from([0x89, 0x50]), 'image/png')).toMatchObject({
        failure: 'UNSUPPORTED_TYPE',
      });
      expect(await extract('x', 'application/octet-stream')).toMatchObject({
        failure: 'UNSUPPORTED_TYPE',
      });
    });

    it('terminates a job that runs past the time limit and answers TIMEOUT', async () => {
      const pdf = await aPdf(Array.from({ length: 300 }, () => [LATIN, CYRILLIC]));
      const started = performance.now();
      expect(await extract(pdf, MIME.pdf, { timeoutMs: 100 })).toMatchObject({
        failure: 'TIMEOUT',
      });
      expect(performance.now() - started).toBeLessThan(2_000);
    });

    it('answers TOO_LARGE when a job outgrows its heap cap', async () => {
      const pdf = await aPdf([[LATIN]]);
      expect(await extract(pdf, MIME.pdf, { maxHeapMb: 8 })).toMatchObject({
        failure: 'TOO_LARGE',
      });
    });

    it('answers TOO_LARGE for a file over the size limit', async () => {
      const pdf = await aPdf([[LATIN]]);
      expect(await extract(pdf, MIME.pdf, { maxFileBytes: 100 })).toMatchObject({
        failure: 'TOO_LARGE',
      });
    });

    it('replaces the thread of a job that timed out, and runs the job queued behind it', async () => {
      const pdf = await aPdf(Array.from({ length: 300 }, () => [LATIN, CYRILLIC]));
      await withOneThread({ timeoutMs: 500 }, async (own) => {
        const [before] = own.stats.threadIds;
        const [slow, next] = await Promise.all([
          own.extract({ filePath: stored(pdf), mimeType: MIME.pdf }),
          own.extract(aText(LATIN)),
        ]);
        expect(slow).toMatchObject({ failure: 'TIMEOUT' });
        expect(next).toMatchObject({ text: LATIN });
        expect(own.stats.threadIds).toHaveLength(1);
        expect(own.stats.threadIds).not.toContain(before);
      });
    });

    it('runs the next job after one that ran out of memory', async () => {
      const pdf = await aPdf(Array.from({ length: 300 }, () => [LATIN, CYRILLIC]));
      await withOneThread({ maxHeapMb: 32 }, async (own) => {
        expect(await own.extract({ filePath: stored(pdf), mimeType: MIME.pdf })).toMatchObject({
          failure: 'TOO_LARGE',
        });
        expect(await own.extract(aText(CYRILLIC))).toMatchObject({ text: CYRILLIC });
        expect(own.stats.threadIds).toHaveLength(1);
      });
    });

    it('reads bytes handed over instead of a path', async () => {
      expect(await extractor.extract({ bytes: Buffer.from(CYRILLIC), mimeType: MIME.txt })).toEqual(
        { text: CYRILLIC, pages: null, truncated: false },
      );
    });
  });

  describe('worker threads', () => {
    it('runs the next job in the thread of the last one, without starting another', async () => {
      await withOneThread({}, async (own) => {
        expect(await own.extract(aText(LATIN))).toMatchObject({ text: LATIN });
        const first = own.stats;
        expect(await own.extract(aText(CYRILLIC))).toMatchObject({ text: CYRILLIC });
        expect(first.threadIds).toHaveLength(1);
        expect(own.stats).toEqual({ threadIds: first.threadIds, completed: 2 });
      });
    });

    it('runs at most `concurrency` jobs at once and queues the others', async () => {
      await withOneThread({}, async (own) => {
        const outcomes = await Promise.all(
          [LATIN, CYRILLIC, LATIN].map((t) => own.extract(aText(t))),
        );
        expect(outcomes).toMatchObject([{ text: LATIN }, { text: CYRILLIC }, { text: LATIN }]);
        expect(own.stats).toEqual({ threadIds: [expect.any(Number)], completed: 3 });
      });
    });

    it('interrupts a running job at shutdown, and takes no job after it', async () => {
      const pdf = await aPdf(Array.from({ length: 300 }, () => [LATIN, CYRILLIC]));
      const own = new TextExtractor({ concurrency: 1 });
      const running = own.extract({ filePath: stored(pdf), mimeType: MIME.pdf });
      const interrupted = expect(running).rejects.toBeInstanceOf(ExtractionInterruptedError);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await own.onModuleDestroy();
      await interrupted;
      await expect(own.extract(aText(LATIN))).rejects.toBeInstanceOf(ExtractionInterruptedError);
      expect(own.stats.threadIds).toEqual([]);
    });
  });
});
