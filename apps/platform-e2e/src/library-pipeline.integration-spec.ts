import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { aPdf } from '@mreza/library/extraction/testing/documents';
import type { Platform } from './support/boot-platform';
import { ADMIN, bootPlatform } from './support/boot-platform';
import { invitePerson, PASSWORD, signIn } from './support/people';

const JOIN_NETWORK = 'mutation($id: ID!) { joinNetwork(networkId: $id) { membership { role } } }';
const REQUEST_UPLOAD = `mutation ($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url } }`;
const CREATE_DOCUMENT = `mutation ($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`;
const DOCUMENT = `query ($id: ID!) { document(id: $id) { id downloadUrl
  versions { extractionStatus pages } } }`;
const SEARCH = `query ($q: String!) { search(query: $q, filter: { types: [DOCUMENT] }) {
  total nodes { type id title snippet } } }`;
const REINDEX = resolve(__dirname, '../../search/src/reindex.ts');
const run = promisify(execFile);
const CREATE_THREAD = `mutation ($i: CreateThreadInput!) { createThread(input: $i) { id } }`;
const THREAD = `query ($id: ID!) { thread(id: $id) { id documents { id title } } }`;

/**
 * A document's way through the whole platform, as a browser takes it: an upload through the
 * gateway's origin, text extraction in the library, indexing in search, and the document named
 * from a discussion thread.
 */
/** Five services on two shared cores: booting and the queues take their time. */
const BOOT_MS = 240_000;
const TEST_MS = 240_000;

/** Polls (up to 90 s: extraction and indexing go through two queues) until `done`. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('library pipeline through the gateway', () => {
  let platform: Platform | undefined;

  beforeAll(async () => {
    platform = await bootPlatform();
  }, BOOT_MS);

  afterAll(() => platform?.close());

  it(
    'uploads a PDF, extracts its Serbian text, finds it by a Cyrillic word typed either way, and downloads the same bytes',
    async () => {
      const { client, gateway } = platform!;
      const adminToken = await signIn(client, ADMIN.email, ADMIN.password);
      const stamp = Date.now();
      const [memberToken, outsiderToken] = await Promise.all(
        ['clan', 'gost'].map(async (name) => {
          const email = `${name}.${stamp}@cacak.test`;
          await invitePerson(client, adminToken, email);
          return signIn(client, email, PASSWORD);
        }),
      );
      const { network } = await client.ok(
        '{ network(slug: "local-finances") { id } }',
        {},
        adminToken,
      );
      await client.ok(JOIN_NETWORK, { id: network.id }, memberToken);

      const pdf = await aPdf([
        ['Opština Čačak: održavanje javnih česmi', 'Plan radova za 2025. godinu'],
        ['Прикупљање воде: кишница се чува у резервоарима', 'Општинска управа'],
      ]);
      const { requestUpload } = await client.ok(
        REQUEST_UPLOAD,
        {
          i: { filename: 'Česme i kišnica.pdf', contentType: 'application/pdf', size: pdf.length },
        },
        memberToken,
      );
      // Browsers reach storage through the public origin; the gateway checks the signature.
      expect(requestUpload.url.startsWith(`${gateway.url}/storage/`)).toBe(true);
      const tampered = requestUpload.url.replace(/X-Amz-Signature=\w/, 'X-Amz-Signature=0');
      expect((await fetch(tampered, { method: 'PUT', body: pdf })).status).toBe(403);
      const put = await fetch(requestUpload.url, { method: 'PUT', body: pdf });
      expect(put.status).toBe(200);

      // The library learns of the membership from networks' events.
      const created = await eventually(
        () =>
          client.request<{ createDocument: { id: string } }>(
            CREATE_DOCUMENT,
            {
              i: {
                uploadId: requestUpload.uploadId,
                kind: 'GUIDELINE',
                title: 'Održavanje česmi',
                visibility: 'NETWORK',
                networkIds: [network.id],
                languages: ['sr-Latn', 'sr-Cyrl'],
              },
            },
            memberToken,
          ),
        (result) => !result.errors?.some((error) => error.extensions?.code === 'NOT_A_MEMBER'),
      );
      expect(created.errors).toBeUndefined();
      const documentId = created.data!.createDocument.id;

      const extracted = await eventually(
        () => client.ok(DOCUMENT, { id: documentId }, memberToken),
        (data) => data.document.versions[0].extractionStatus !== 'PENDING',
      );
      expect(extracted.document.versions[0]).toEqual({ extractionStatus: 'EXTRACTED', pages: 2 });

      // "кишница" is only in the Cyrillic line: found typed in Cyrillic and in plain Latin.
      for (const query of ['кишница', 'kisnica']) {
        const found = await eventually(
          () => client.ok(SEARCH, { q: query }, memberToken),
          (data) => data.search.nodes.some((hit: { id: string }) => hit.id === documentId),
        );
        expect(found.search.nodes).toEqual([
          expect.objectContaining({ type: 'DOCUMENT', id: documentId, title: 'Održavanje česmi' }),
        ]);
        expect(found.search.nodes[0].snippet).toContain('<mark>кишница</mark>');
      }
      // A NETWORK document is no hit for someone outside its network.
      const outside = await client.ok(SEARCH, { q: 'kisnica' }, outsiderToken);
      expect(outside.search.total).toBe(0);

      // A rebuilt index has the document's text again, read from the library's table.
      const { stdout } = await run(process.execPath, ['-r', '@swc-node/register', REINDEX], {
        env: process.env,
      });
      expect(stdout).toMatch(/reindexed \d+ items into generation [2-9]/);
      const rebuilt = await client.ok(SEARCH, { q: 'kisnica' }, memberToken);
      expect(rebuilt.search.nodes).toEqual([expect.objectContaining({ id: documentId })]);
      expect(rebuilt.search.nodes[0].snippet).toContain('<mark>кишница</mark>');
      expect((await client.ok(SEARCH, { q: 'kisnica' }, outsiderToken)).search.total).toBe(0);

      const download = await fetch(extracted.document.downloadUrl as string);
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);

      // A thread about the document shows it to members; to others it is left out.
      const thread = await eventually(
        () =>
          client.request<{ createThread: { id: string } }>(
            CREATE_THREAD,
            {
              i: {
                networkId: network.id,
                title: 'Iskustva sa česmama',
                body: 'Pogledajte plan radova.',
                documentIds: [documentId],
              },
            },
            memberToken,
          ),
        (result) => !result.errors,
      );
      expect(thread.errors).toBeUndefined();
      const threadId = thread.data!.createThread.id;
      const asMember = await client.ok(THREAD, { id: threadId }, memberToken);
      expect(asMember.thread.documents).toEqual([{ id: documentId, title: 'Održavanje česmi' }]);
      const asOutsider = await client.ok(THREAD, { id: threadId }, outsiderToken);
      expect(asOutsider.thread).toEqual({ id: threadId, documents: [] });
    },
    TEST_MS,
  );
});
