import { randomUUID } from 'node:crypto';
import { TransactionRunner } from '@mreza/shared/database';
import type { DemoPersonKey } from '@mreza/shared/demo';
import { DEMO_PEOPLE } from '@mreza/shared/demo';
import { EventOutbox } from '@mreza/shared/events';
import { DocumentRepository } from '../documents/document.repository';
import { LibraryReplicaRepository } from '../replicas/library-replica.repository';
import type { LibraryTestApp } from '../testing/library-test-app';
import { startLibrary } from '../testing/library-test-app';
import { TopicRepository } from '../topics/topic.repository';
import { DEMO_DOCUMENTS } from './demo-documents';
import { DemoDocumentsSeeder } from './demo-documents.seeder';

const waitFor = async <T>(probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> => {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe(DemoDocumentsSeeder.name, () => {
  let app: LibraryTestApp;
  let seeder: DemoDocumentsSeeder;
  const at = new Date('2026-01-01T00:00:00Z');
  const demoIds = DEMO_DOCUMENTS.map((demo) => demo.id);

  beforeAll(async () => {
    app = await startLibrary();
    const get = <T>(type: new (...args: never[]) => T) => app.app.get(type);
    seeder = new DemoDocumentsSeeder(
      true,
      get(LibraryReplicaRepository),
      get(DocumentRepository),
      get(TopicRepository),
      app.storage,
      get(EventOutbox),
      get(TransactionRunner),
    );
  });
  afterAll(() => app.close());

  /** A network as networks' events put it in the replicas, with demo members. */
  const network = async (slug: string, people: DemoPersonKey[]) => {
    const replicas = app.app.get(LibraryReplicaRepository);
    const networkId = randomUUID();
    await replicas.upsertNetwork(
      {
        networkId,
        slug,
        nameLatin: slug,
        nameCyrillic: slug,
        nameEnglish: slug,
        visibility: 'OPEN',
        archived: false,
      },
      at,
    );
    for (const key of people) {
      await replicas.upsertMember({ networkId, userId: DEMO_PEOPLE[key].id, role: 'MEMBER' }, at);
    }
    return networkId;
  };

  it('waits for the networks and their authors, then stores each file and document once, for extraction and search', async () => {
    expect(await seeder.seedWhatIsReady()).toBe(5);
    const socialProtection = await network('social-protection', ['anaNikolic']);
    // A network known without the author as a member yet keeps its document waiting.
    await network('local-finances', ['jelenaJovanovic']);
    expect(await seeder.seedWhatIsReady()).toBe(4);
    await network('energy-efficiency', ['ivanaDjordjevic']);
    await network('public-procurement', ['nemanjaIlic']);
    await network('gender-equality', ['snezanaPopovic']);
    expect(await seeder.seedWhatIsReady()).toBe(1);

    const documents = await app.query<{ id: string; title: string; visibility: string }>(
      `SELECT id, title, visibility, network_ids FROM library.documents
       WHERE id = ANY($1) ORDER BY id`,
      [demoIds],
    );
    expect(documents).toHaveLength(4);
    expect(documents[0]).toMatchObject({
      title: 'Pomoć u kući za starije na seoskom području',
      network_ids: [socialProtection],
    });

    // Each file is in the bucket as written; each document announced for search and extraction.
    for (const demo of DEMO_DOCUMENTS.filter((d) => d.networkSlugs[0] !== 'local-finances')) {
      expect((await app.storage.read(demo.objectKey, 1_000_000)).toString('utf8')).toBe(demo.body);
    }
    const ofDemo = async (type: string) =>
      (await app.events(type)).filter((e) => demoIds.includes(e.payload.documentId as string));
    expect(await ofDemo('library.document.created')).toHaveLength(4);
    expect(await ofDemo('library.version.stored')).toHaveLength(4);
    const extracted = await waitFor(async () => {
      const events = await ofDemo('library.document.text-extracted');
      return events.length === 4 ? events : undefined;
    });
    expect(extracted.map((e) => e.payload.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('Електронска јавна набавка')]),
    );

    // The PUBLIC one is there for anonymous visitors, with its good-practice fields and topics.
    const { document } = await app.client.ok(
      `query ($id: ID!) { document(id: $id) { title kind goodPractice { problem contactPerson }
        topics { slug } createdBy { id } } }`,
      { id: DEMO_DOCUMENTS[2].id },
    );
    expect(document).toMatchObject({
      title: 'Energetska sanacija javnih zgrada',
      kind: 'GOOD_PRACTICE',
      goodPractice: { contactPerson: 'Ivana Đorđević, energetska menadžerka opštine' },
      topics: [{ slug: 'energy-efficiency' }],
      createdBy: { id: DEMO_PEOPLE.ivanaDjordjevic.id },
    });

    // The last one once its author joins; after that, nothing more, however often it runs.
    await app.app.get(LibraryReplicaRepository).upsertMember(
      {
        networkId: (await app.app.get(LibraryReplicaRepository).networkIdBySlug('local-finances'))!,
        userId: DEMO_PEOPLE.markoPetrovic.id,
        role: 'COORDINATOR',
      },
      at,
    );
    expect(await seeder.seedWhatIsReady()).toBe(0);
    expect(await seeder.seedWhatIsReady()).toBe(0);
    expect(await ofDemo('library.document.created')).toHaveLength(5);
    expect(await ofDemo('library.version.stored')).toHaveLength(5);
  });
});
