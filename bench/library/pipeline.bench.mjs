// Prints how long a 300-page, ~21 MB PDF of Serbian text (the extraction bench's file, made once
// and cached in the temporary folder) takes through the whole platform started as `npm start`:
// requestUpload and the PUT to the presigned URL on the gateway's origin, createDocument, text
// extraction in the library's queue, and indexing until `search` through the gateway finds a
// word of its first page, then one of page 300 (the text travels to search in one event, cut at
// 200,000 characters: the bench says which page the cut falls on); the extraction throughput
// (pages/s) next to poppler's `pdftotext` on the same file.
// Usage: node bench/library/pipeline.bench.mjs [--pages 300] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { graphql } from '../support/graphql.mjs';
import { platformSettings, removeData, startPlatform, stopPlatform } from '../support/platform.mjs';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '300' },
    keep: { type: 'boolean', default: false },
  },
});
const PAGES = Number(values.pages);
const PDF_PATH = join(tmpdir(), `mreza-bench-extraction-${PAGES}p.pdf`);
const POLL_MS = 100;
const GIVE_UP_MS = 10 * 60_000;

const REQUEST_UPLOAD = `mutation ($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url } }`;
const CREATE = `mutation ($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`;
const DOCUMENT = `query ($id: ID!) { document(id: $id) { versions { extractionStatus pages } } }`;
const SEARCH = `query ($q: String!) { search(query: $q, filter: { types: [DOCUMENT] }) { nodes { id } } }`;

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

if (!existsSync(PDF_PATH)) {
  console.log(`making ${PDF_PATH} with the extraction bench (one run)…`);
  execFileSync(
    process.execPath,
    ['bench/library/extraction.bench.mjs', '--pages', String(PAGES), '--runs', '1'],
    { stdio: 'inherit' },
  );
}
const pdf = readFileSync(PDF_PATH);
console.log(`file: ${PDF_PATH}, ${PAGES} pages, ${(pdf.length / 1e6).toFixed(1)} MB`);

/** Polls `probe` until it answers something other than undefined; its value and the time. */
async function until(probe, giveUpMs = GIVE_UP_MS) {
  const started = performance.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return { value, ms: performance.now() - started };
    if (performance.now() - started > giveUpMs) return { value: undefined, ms: giveUpMs };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

const settings = await platformSettings();
// 50 MB is the default limit; the file is within it.
const platform = await startPlatform(settings);
const { gateway, token } = platform;
const db = new pg.Client({ connectionString: platform.databaseUrl });
await db.connect();
try {
  console.log(`platform up in ${platform.seconds.toFixed(1)} s`);
  const ok = async (query, variables) => {
    const result = await graphql(gateway, query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const total = performance.now();

  const { requestUpload } = await ok(REQUEST_UPLOAD, {
    i: { filename: 'Zapisnici sa sednica.pdf', contentType: 'application/pdf', size: pdf.length },
  });
  let started = performance.now();
  const put = await fetch(requestUpload.url, { method: 'PUT', body: pdf });
  if (!put.ok) throw new Error(`PUT ${put.status}`);
  const putMs = performance.now() - started;

  started = performance.now();
  const { createDocument } = await ok(CREATE, {
    i: {
      uploadId: requestUpload.uploadId,
      kind: 'MINUTES',
      title: 'Zapisnici sa sednica skupštine',
      visibility: 'PUBLIC',
      languages: ['sr-Latn', 'sr-Cyrl'],
    },
  });
  const createMs = performance.now() - started;
  const documentId = createDocument.id;

  const extraction = await until(async () => {
    const { document } = await ok(DOCUMENT, { id: documentId });
    const [version] = document.versions;
    return version.extractionStatus === 'PENDING' ? undefined : version;
  });
  const found = (query) => async () => {
    const { search } = await ok(SEARCH, { q: query });
    return search.nodes.some((node) => node.id === documentId) ? true : undefined;
  };
  // "Записник" is only in the pages' headings, typed here in Latin without diacritics.
  const firstPage = await until(found('zapisnik strana 1'));
  const firstSearchableMs = performance.now() - total;
  // The whole text is indexed at once: if page 300 is in it, it is found as soon as page 1 is.
  const lastPage = await until(found(`strana ${PAGES}`), 30_000);

  const [event] = (
    await db.query(
      `SELECT length(payload->>'text') AS characters, payload->>'truncated' AS truncated,
         payload->>'pages' AS pages,
         (SELECT max(m[1]::int) FROM regexp_matches(payload->>'text', 'strana (\\d+)', 'g') m)
           AS last_page
       FROM library.outbox WHERE type = 'library.document.text-extracted'
         AND payload->>'documentId' = $1`,
      [documentId],
    )
  ).rows;

  const rows = [
    ['upload PUT (through the gateway)', seconds(putMs)],
    ['createDocument (content checks)', seconds(createMs)],
    [
      `extraction (queue + worker): ${extraction.value?.extractionStatus ?? 'still PENDING'}`,
      seconds(extraction.ms),
    ],
    ['indexing until a word of page 1 is found', seconds(firstPage.ms)],
    [
      `…until a word of page ${PAGES} is found`,
      lastPage.value ? seconds(lastPage.ms) : `not found within ${seconds(lastPage.ms)}`,
    ],
    ['total (PUT to searchable by page 1)', seconds(firstSearchableMs)],
  ];
  for (const [stage, time] of rows) console.log(`${stage.padEnd(52)} ${time}`);
  if (event) {
    console.log(
      `text-extracted event: ${event.characters} characters, truncated: ${event.truncated}, ` +
        `${event.pages} pages extracted, the text sent to search ends on page ${event.last_page}`,
    );
  }
  const pagesPerSecond = (PAGES / (extraction.ms / 1000)).toFixed(0);
  console.log(`extraction throughput in the platform: ${pagesPerSecond} pages/s`);
  if (spawnSync('which', ['pdftotext']).status === 0) {
    started = performance.now();
    execFileSync('pdftotext', ['-enc', 'UTF-8', PDF_PATH, '-'], { maxBuffer: 256 * 1024 * 1024 });
    const popplerMs = performance.now() - started;
    console.log(
      `pdftotext on the same file: ${seconds(popplerMs)}, ${(PAGES / (popplerMs / 1000)).toFixed(0)} pages/s; ` +
        `the platform's extraction takes ${(extraction.ms / popplerMs).toFixed(1)}× its time`,
    );
  } else console.log('pdftotext not installed (apt install poppler-utils)');
} finally {
  await db.end();
  await stopPlatform(platform);
  if (!values.keep) removeData(settings);
}
