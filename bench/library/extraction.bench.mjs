// Prints how long TextExtractor (a pool of reused worker threads, pdfjs-dist inside) takes to
// extract a ~20 MB, 300-page PDF of Serbian text (Latin and Cyrillic) with an image every third
// page, in pages per second, next to poppler's `pdftotext` on the same file, and the ratio. Each
// run is one job; the first also starts the worker thread (`--pages 1 --runs 20` shows that cost).
// Then what the first page's thumbnail adds to a job: `renderFirstPage`, as the PDF reader calls
// it after the text, timed alone on the open document (the A/B of whole jobs drowns ~0.1 s in
// their noise on a shared machine).
// The PDF is made once with pdf-lib and cached in the system's temporary folder.
// Usage: node bench/library/extraction.bench.mjs [--pages 300] [--runs 3] [--fresh]
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { crc32, deflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);
// The extractor runs from its TypeScript sources, as the services do.
require('@swc-node/register');
const { TextExtractor } = require('../../libs/library/src/extraction/text.extractor.ts');
const { renderFirstPage } = require('../../libs/library/src/extraction/readers/pdf-thumbnail.ts');
const {
  DEFAULT_EXTRACTION_OPTIONS,
} = require('../../libs/library/src/extraction/extraction.options.ts');
const { PDFDocument } = require('pdf-lib');
const fontkit = require('@pdf-lib/fontkit');

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '300' },
    runs: { type: 'string', default: '3' },
    fresh: { type: 'boolean', default: false },
  },
});
const PAGES = Number(values.pages);
const RUNS = Number(values.runs);
const PDF_PATH = join(tmpdir(), `mreza-bench-extraction-${PAGES}p.pdf`);

const LATIN = `Skupština opštine je na sednici održanoj u četvrtak usvojila odluku o budžetu za narednu
godinu, plan javnih nabavki i izveštaj o radu komunalnog preduzeća. Odbornici su raspravljali o
izgradnji vodovoda u seoskim mesnim zajednicama, o održavanju puteva tokom zime i o finansiranju
udruženja građana. Predsednik opštine je istakao da će se sredstva iz republičkog budžeta koristiti
za rekonstrukciju škole i doma zdravlja, a načelnica odeljenja za privredu predstavila je program
podrške malim i srednjim preduzećima, zadrugama i poljoprivrednim gazdinstvima. Javna rasprava o
nacrtu plana detaljne regulacije trajaće trideset dana, a primedbe se podnose pisarnici opštinske
uprave ili elektronskom poštom. Đaci osnovnih škola učestvovaće u akciji čišćenja obale reke.`;
const CYRILLIC = `Скупштина општине је на седници одржаној у четвртак усвојила одлуку о буџету за наредну
годину, план јавних набавки и извештај о раду комуналног предузећа. Одборници су расправљали о
изградњи водовода у сеоским месним заједницама, о одржавању путева током зиме и о финансирању
удружења грађана. Председник општине је истакао да ће се средства из републичког буџета користити
за реконструкцију школе и дома здравља, а начелница одељења за привреду представила је програм
подршке малим и средњим предузећима, задругама и пољопривредним газдинствима. Ђаци основних школа
учествоваће у акцији чишћења обале реке, а месне заједнице организоваће јавне трибине.`;

/** A PNG of random pixels (incompressible), to give the PDF the weight of scanned figures. */
function noisePng(width, height) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = [];
  for (let y = 0; y < height; y += 1) rows.push(Buffer.from([0]), randomBytes(width * 3));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function wrap(text, font, size, width) {
  const lines = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

async function makePdf() {
  const started = performance.now();
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const font = await document.embedFont(
    readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    { subset: true },
  );
  const latin = wrap(LATIN, font, 10, 495);
  const cyrillic = wrap(CYRILLIC, font, 10, 495);
  for (let number = 1; number <= PAGES; number += 1) {
    const page = document.addPage([595, 842]);
    page.drawText(`Zapisnik sa sednice — strana ${number} / Записник, страна ${number}`, {
      x: 50,
      y: 800,
      size: 12,
      font,
    });
    let y = 780;
    const withImage = number % 3 === 1;
    if (withImage) {
      const image = await document.embedPng(noisePng(260, 260));
      page.drawImage(image, { x: 50, y: 520, width: 250, height: 250 });
      y = 500;
    }
    for (let block = 0; y > 60; block += 1) {
      for (const line of (block + number) % 2 ? cyrillic : latin) {
        if (y <= 60) break;
        page.drawText(line, { x: 50, y, size: 10, font });
        y -= 13;
      }
      y -= 10;
    }
  }
  writeFileSync(PDF_PATH, await document.save());
  console.log(
    `made ${PDF_PATH}: ${PAGES} pages, ${(statSync(PDF_PATH).size / 1e6).toFixed(1)} MB, ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

if (values.fresh || !existsSync(PDF_PATH)) await makePdf();
else
  console.log(
    `reusing ${PDF_PATH} (${(statSync(PDF_PATH).size / 1e6).toFixed(1)} MB; --fresh to remake)`,
  );

const extractor = new TextExtractor();
const ours = [];
let outcome;
for (let run = 0; run < RUNS; run += 1) {
  const started = performance.now();
  outcome = await extractor.extract({ filePath: PDF_PATH, mimeType: 'application/pdf' });
  ours.push((performance.now() - started) / 1000);
}
await extractor.onModuleDestroy();
if (!('text' in outcome)) throw new Error(`extraction failed: ${outcome.failure}`);
const oursSeconds = median(ours);
console.log(
  `TextExtractor: ${oursSeconds.toFixed(2)} s median of ${RUNS} (${ours.map((s) => s.toFixed(2)).join(', ')}), ` +
    `${(outcome.pages / oursSeconds).toFixed(0)} pages/s, ${outcome.pages} pages, ` +
    `${outcome.text.length} characters${outcome.truncated ? ' (truncated at the cap)' : ''}`,
);

{
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  const renders = [];
  let png = null;
  for (let run = 0; run < RUNS; run += 1) {
    // As the reader opens it; a fresh document each run, so nothing of page 1 is cached.
    const document = await pdfjs.getDocument({
      data: new Uint8Array(readFileSync(PDF_PATH)),
      cMapUrl: join(root, 'cmaps') + '/',
      standardFontDataUrl: join(root, 'standard_fonts') + '/',
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    }).promise;
    const started = performance.now();
    png = await renderFirstPage(document, DEFAULT_EXTRACTION_OPTIONS.thumbnail, Infinity);
    renders.push(performance.now() - started);
    await document.destroy();
  }
  const renderMs = median(renders);
  console.log(
    png
      ? `thumbnail: +${renderMs.toFixed(0)} ms median of ${RUNS} (${renders.map((ms) => ms.toFixed(0)).join(', ')}), ` +
          `${((renderMs / 1000 / oursSeconds) * 100).toFixed(1)}% of the job; ` +
          `PNG ${Buffer.from(png).readUInt32BE(16)} × ${Buffer.from(png).readUInt32BE(20)}, ` +
          `${(png.length / 1024).toFixed(0)} KiB`
      : 'thumbnail: none came out (is @napi-rs/canvas installed?)',
  );
}

if (spawnSync('which', ['pdftotext']).status !== 0) {
  console.log('pdftotext not installed (apt install poppler-utils)');
} else {
  const theirs = [];
  let characters = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', PDF_PATH, '-'], {
      maxBuffer: 256 * 1024 * 1024,
    });
    theirs.push((performance.now() - started) / 1000);
    characters = text.toString('utf8').length;
  }
  const theirsSeconds = median(theirs);
  console.log(
    `pdftotext:     ${theirsSeconds.toFixed(2)} s median of ${RUNS} (${theirs.map((s) => s.toFixed(2)).join(', ')}), ` +
      `${(PAGES / theirsSeconds).toFixed(0)} pages/s, ${characters} characters`,
  );
  console.log(
    `ratio: TextExtractor takes ${(oursSeconds / theirsSeconds).toFixed(1)}× pdftotext's time`,
  );
}
