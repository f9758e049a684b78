import { randomUUID } from 'node:crypto';
import { Role } from '@mreza/shared/auth';
import { aUser, codeOf, tokenFor } from '@mreza/shared/testing';
import type { LibraryTestApp } from './testing/library-test-app';
import { aNetwork, startLibrary, upload } from './testing/library-test-app';

type Actor = 'anonymous' | 'outsider' | 'member' | 'author' | 'coordinator' | 'staff' | 'admin';
const ACTORS: Actor[] = [
  'anonymous',
  'outsider',
  'member',
  'author',
  'coordinator',
  'staff',
  'admin',
];
type Visibility = 'PUBLIC' | 'ALL_MEMBERS' | 'NETWORK';
const VISIBILITIES: Visibility[] = ['PUBLIC', 'ALL_MEMBERS', 'NETWORK'];

const CREATE = `mutation ($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`;

/** A 1 × 1 PNG: the fake extractor's first-page picture. */
const A_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * A network with a member, the document's author (a member) and a coordinator; an outsider
 * belongs to another network only. The document carries `secret` in its title.
 */
async function aLibraryWorld(app: LibraryTestApp, visibility: Visibility) {
  const people = {
    outsider: aUser(),
    member: aUser(),
    author: aUser(),
    coordinator: aUser(),
    staff: aUser(Role.STAFF),
    admin: aUser(Role.ADMIN),
  };
  const network = await aNetwork()
    .withMember(people.member)
    .withMember(people.author)
    .withCoordinator(people.coordinator)
    .create(app);
  const other = await aNetwork().withMember(people.outsider).create(app);
  const secret = `tajna${randomUUID().slice(0, 8)}`;
  const as = (person: keyof typeof people) => tokenFor(people[person]);
  const uploadId = await upload(app, as('author'), 'prilog.txt', Buffer.from(secret));
  const { createDocument } = await app.client.ok<{ createDocument: { id: string } }>(
    CREATE,
    {
      i: {
        uploadId,
        kind: 'REPORT',
        title: `Izveštaj ${secret}`,
        visibility,
        networkIds: [network.id],
      },
    },
    as('author'),
  );
  const { createDocumentCollection } = await app.client.ok<{
    createDocumentCollection: { id: string };
  }>(
    `mutation ($i: CreateCollectionInput!) { createDocumentCollection(input: $i) { id } }`,
    { i: { networkId: network.id, title: 'Zbirka' } },
    as('coordinator'),
  );
  const tokenOf = (actor: Actor) => (actor === 'anonymous' ? undefined : tokenFor(people[actor]));
  return {
    people,
    network,
    other,
    secret,
    documentId: createDocument.id,
    collectionId: createDocumentCollection.id,
    tokenOf,
  };
}

type World = Awaited<ReturnType<typeof aLibraryWorld>>;

interface Operation {
  query: string;
  variables: (world: World, app: LibraryTestApp, actor: Actor) => Promise<Record<string, unknown>>;
}

/** Waits until extraction stored the document's thumbnail (the fake extractor gives one). */
async function thumbnailOf(app: LibraryTestApp, documentId: string): Promise<void> {
  for (let tries = 0; ; tries++) {
    const [row] = await app.query<{ thumbnail_key: string | null }>(
      `SELECT thumbnail_key FROM library.document_versions WHERE document_id = $1`,
      [documentId],
    );
    if (row?.thumbnail_key) return;
    if (tries > 300) throw new Error('no thumbnail was stored');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const fresh = async (app: LibraryTestApp, world: World, actor: Actor) =>
  actor === 'anonymous'
    ? randomUUID()
    : upload(app, world.tokenOf(actor)!, 'novo.txt', Buffer.from('nova verzija'));

const ops: Record<string, Operation> = {
  document: {
    query: 'query($id: ID!) { document(id: $id) { id title downloadUrl thumbnailUrl } }',
    variables: async (w, app) => {
      await thumbnailOf(app, w.documentId);
      return { id: w.documentId };
    },
  },
  documents: {
    query: 'query($n: ID!) { documents(filter: { networkId: $n }) { nodes { id title } } }',
    variables: async (w) => ({ n: w.network.id }),
  },
  'Document.versions': {
    query: 'query($id: ID!) { document(id: $id) { versions { downloadUrl thumbnailUrl } } }',
    variables: async (w, app) => {
      await thumbnailOf(app, w.documentId);
      return { id: w.documentId };
    },
  },
  createDocument: {
    query: CREATE,
    variables: async (w, app, actor) => ({
      i: {
        uploadId: await fresh(app, w, actor),
        kind: 'TEMPLATE',
        title: 'Obrazac',
        visibility: 'NETWORK',
        networkIds: [w.network.id],
      },
    }),
  },
  updateDocument: {
    query: 'mutation($id: ID!) { updateDocument(id: $id, input: { title: "Novi naslov" }) { id } }',
    variables: async (w) => ({ id: w.documentId }),
  },
  addDocumentVersion: {
    query: 'mutation($d: ID!, $u: ID!) { addDocumentVersion(documentId: $d, uploadId: $u) { id } }',
    variables: async (w, app, actor) => ({ d: w.documentId, u: await fresh(app, w, actor) }),
  },
  deleteDocument: {
    query: 'mutation($id: ID!) { deleteDocument(id: $id) }',
    variables: async (w) => ({ id: w.documentId }),
  },
  restoreDocument: {
    query: 'mutation($id: ID!) { restoreDocument(id: $id) { id title } }',
    variables: async (w, app) => {
      await app.client.ok(
        'mutation($id: ID!) { deleteDocument(id: $id) }',
        { id: w.documentId },
        w.tokenOf('author'),
      );
      return { id: w.documentId };
    },
  },
  deletedDocuments: {
    query: '{ deletedDocuments(first: 100) { nodes { id title } } }',
    variables: async () => ({}),
  },
  addDocumentToCollection: {
    query:
      'mutation($c: ID!, $d: ID!) { addDocumentToCollection(collectionId: $c, documentId: $d) { id } }',
    variables: async (w) => ({ c: w.collectionId, d: w.documentId }),
  },
  documentCollection: {
    query: 'query($c: ID!) { documentCollection(id: $c) { title } }',
    variables: async (w) => ({ c: w.collectionId }),
  },
};

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const ok = 'ok';
const NF = 'DOCUMENT_NOT_FOUND';
const NM = 'NOT_A_MEMBER';
/** The author, the network's coordinator, staff and administrators. */
const EDITORS = (hidden: string) => [U, hidden, F, ok, ok, ok, ok];
const EDITORS_ALL = EDITORS(F);
/** Staff and administrators only. */
const STAFF = [U, F, F, F, F, ok, ok];

/** In the order of ACTORS: anonymous, outsider, member, author, coordinator, staff, admin. */
const matrix: Record<keyof typeof ops, Record<Visibility, string[]>> = {
  document: {
    PUBLIC: [ok, ok, ok, ok, ok, ok, ok],
    ALL_MEMBERS: [NF, ok, ok, ok, ok, ok, ok],
    NETWORK: [NF, NF, ok, ok, ok, ok, ok],
  },
  documents: {
    PUBLIC: [ok, ok, ok, ok, ok, ok, ok],
    ALL_MEMBERS: [ok, ok, ok, ok, ok, ok, ok],
    NETWORK: [ok, ok, ok, ok, ok, ok, ok],
  },
  'Document.versions': {
    PUBLIC: [ok, ok, ok, ok, ok, ok, ok],
    ALL_MEMBERS: [NF, ok, ok, ok, ok, ok, ok],
    NETWORK: [NF, NF, ok, ok, ok, ok, ok],
  },
  createDocument: {
    PUBLIC: [U, NM, ok, ok, ok, ok, ok],
    ALL_MEMBERS: [U, NM, ok, ok, ok, ok, ok],
    NETWORK: [U, NM, ok, ok, ok, ok, ok],
  },
  updateDocument: { PUBLIC: EDITORS_ALL, ALL_MEMBERS: EDITORS_ALL, NETWORK: EDITORS(NF) },
  addDocumentVersion: { PUBLIC: EDITORS_ALL, ALL_MEMBERS: EDITORS_ALL, NETWORK: EDITORS(NF) },
  deleteDocument: { PUBLIC: EDITORS_ALL, ALL_MEMBERS: EDITORS_ALL, NETWORK: EDITORS(NF) },
  restoreDocument: { PUBLIC: STAFF, ALL_MEMBERS: STAFF, NETWORK: STAFF },
  deletedDocuments: { PUBLIC: STAFF, ALL_MEMBERS: STAFF, NETWORK: STAFF },
  addDocumentToCollection: {
    PUBLIC: [U, F, F, F, ok, ok, ok],
    ALL_MEMBERS: [U, F, F, F, ok, ok, ok],
    NETWORK: [U, NF, F, F, ok, ok, ok],
  },
  documentCollection: {
    PUBLIC: [U, ok, ok, ok, ok, ok, ok],
    ALL_MEMBERS: [U, ok, ok, ok, ok, ok, ok],
    NETWORK: [U, ok, ok, ok, ok, ok, ok],
  },
};

/** Rows of the library tables about the world's document and collection. */
async function stateOf(app: LibraryTestApp, world: World) {
  const digest = async (sql: string) =>
    JSON.stringify(await app.query(sql, [world.documentId, world.collectionId, world.network.id]));
  return {
    documents: await digest(
      `SELECT * FROM library.documents WHERE id = $1 OR ($3::uuid = ANY(network_ids) AND $2::uuid IS NOT NULL) ORDER BY id`,
    ),
    versions: await digest(
      `SELECT v.* FROM library.document_versions v JOIN library.documents d ON d.id = v.document_id
       WHERE $3::uuid = ANY(d.network_ids) AND ($1::uuid IS NOT NULL AND $2::uuid IS NOT NULL) ORDER BY v.id`,
    ),
    items: await digest(
      `SELECT * FROM library.collection_items WHERE collection_id = $2 AND $1::uuid IS NOT NULL AND $3::uuid IS NOT NULL`,
    ),
  };
}

const cases = VISIBILITIES.flatMap((visibility) =>
  Object.entries(matrix).flatMap(([operation, outcomes]) =>
    ACTORS.map((actor, index) => ({
      operation,
      visibility,
      actor,
      expected: outcomes[visibility][index],
    })),
  ),
);

describe('library authorization', () => {
  let app: LibraryTestApp;

  beforeAll(async () => {
    app = await startLibrary();
    // Every document gets a first-page picture, so its link is what is asked for.
    app.extractor.thumbnail = A_PNG;
  });

  afterAll(() => app.close());

  it('covers every operation for every kind of caller', () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(ops).sort());
  });

  it.each(cases)(
    '$operation on a $visibility document by $actor: $expected',
    async ({ operation, visibility, actor, expected }) => {
      const world = await aLibraryWorld(app, visibility);
      const { query, variables } = ops[operation];
      const vars = await variables(world, app, actor as Actor);
      const before = await stateOf(app, world);
      const result = await app.client.request(query, vars, world.tokenOf(actor as Actor));
      expect(codeOf(result) ?? ok).toBe(expected);
      const after = await stateOf(app, world);
      if (expected !== ok) {
        expect(after).toEqual(before);
        expect(JSON.stringify(result)).not.toContain(world.secret);
        expect(result.data ?? null).toBeNull();
      } else if (query.trimStart().startsWith('mutation')) {
        expect(after).not.toEqual(before);
      }
      if (expected === ok && query.includes('thumbnailUrl')) {
        // The links come with the read, as the download links do.
        const links = JSON.stringify(result.data).match(/thumbnails\/[0-9a-f-]+\.png/g);
        expect(links).toHaveLength(1);
      }
      if (operation === 'documents') {
        const ids = JSON.stringify(result.data);
        const visible = matrix.document[visibility][ACTORS.indexOf(actor as Actor)] === ok;
        expect(ids.includes(world.documentId)).toBe(visible);
      }
    },
  );
});
