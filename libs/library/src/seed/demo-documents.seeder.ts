import { ReplicaSeeder } from '@mreza/shared/replicas';
import { TransactionRunner } from '@mreza/shared/database';
import { DEMO_PEOPLE } from '@mreza/shared/demo';
import { EventOutbox } from '@mreza/shared/events';
import { normaliseMetadata } from '../documents/document-metadata';
import { documentCreated, versionStored } from '../documents/document.events';
import { DocumentRepository } from '../documents/document.repository';
import { LibraryReplicaRepository } from '../replicas/library-replica.repository';
import { ObjectStorage } from '../storage/object-storage';
import { TopicRepository } from '../topics/topic.repository';
import { FILE_KINDS, FileKind } from '../uploads/file-kind';
import type { DemoDocument } from './demo-documents';
import { DEMO_DOCUMENTS } from './demo-documents';

/**
 * Writes the demo documents once the replicas know their networks and that their authors are
 * members. Those arrive as events after the networks seed, so this waits in the background
 * instead of holding up the service's start. Each file goes to the bucket first, then the
 * metadata with `library.document.created` and `library.version.stored` in one transaction, so
 * extraction and search take the documents as any other. Once only: a document already there
 * (even deleted) is left.
 */
export class DemoDocumentsSeeder extends ReplicaSeeder {
  constructor(
    enabled: boolean,
    private readonly replicas: LibraryReplicaRepository,
    private readonly documents: DocumentRepository,
    private readonly topics: TopicRepository,
    private readonly storage: ObjectStorage,
    private readonly outbox: EventOutbox,
    private readonly transaction: TransactionRunner,
  ) {
    super(enabled);
  }

  /** Seeds every demo document whose networks and author are known; returns how many wait. */
  async seedWhatIsReady(): Promise<number> {
    let waiting = 0;
    for (const demo of DEMO_DOCUMENTS) {
      if (await this.documents.findById(demo.id)) continue;
      const networkIds = await this.networksOf(demo);
      if (!networkIds) {
        waiting++;
        continue;
      }
      await this.seed(demo, networkIds);
      this.logger.log(`demo document "${demo.title}" seeded`);
    }
    return waiting;
  }

  /** The document's network ids once each is known with its author as a member, else null. */
  private async networksOf(demo: DemoDocument): Promise<string[] | null> {
    const authorId = DEMO_PEOPLE[demo.author].id;
    const networkIds: string[] = [];
    for (const slug of demo.networkSlugs) {
      const networkId = await this.replicas.networkIdBySlug(slug);
      if (!networkId) return null;
      if ((await this.replicas.membersAmong(networkId, [authorId])).length === 0) return null;
      networkIds.push(networkId);
    }
    return networkIds;
  }

  private async seed(demo: DemoDocument, networkIds: string[]): Promise<void> {
    const authorId = DEMO_PEOPLE[demo.author].id;
    const bytes = Buffer.from(demo.body, 'utf8');
    const { mimeType } = FILE_KINDS[FileKind.MARKDOWN];
    const topicIdBySlug = new Map((await this.topics.findAll(true)).map((t) => [t.slug, t.id]));
    const topicIds = demo.topicSlugs.flatMap((slug) => topicIdBySlug.get(slug) ?? []);
    const metadata = normaliseMetadata({
      kind: 'GOOD_PRACTICE',
      title: demo.title,
      summary: demo.summary,
      visibility: demo.visibility,
      networkIds,
      organisationId: null,
      topicIds,
      tags: demo.tags,
      languages: demo.languages,
      year: demo.year,
      authorName: demo.authorName,
      contact: null,
      licence: 'CC BY 4.0',
      goodPractice: demo.goodPractice,
    });
    // The file first: metadata is written only for an object that exists.
    await this.storage.put(demo.objectKey, bytes, mimeType);
    await this.transaction.run(async (tx) => {
      await this.documents.insert(metadata, authorId, tx, demo.id);
      const version = await this.documents.insertVersion(
        {
          documentId: demo.id,
          objectKey: demo.objectKey,
          filename: demo.filename,
          fileKind: FileKind.MARKDOWN,
          mimeType,
          size: bytes.length,
          note: null,
          uploadedBy: authorId,
        },
        tx,
      );
      const document = await this.documents.findById(demo.id, tx);
      if (!document) throw new Error(`demo document ${demo.id} vanished`);
      await this.outbox.record(
        tx,
        documentCreated(document, demo.topicSlugs, authorId),
        versionStored(version, authorId),
      );
    });
  }
}

export const demoDocumentsSeederProvider = (enabled: boolean) => ({
  provide: DemoDocumentsSeeder,
  inject: [
    LibraryReplicaRepository,
    DocumentRepository,
    TopicRepository,
    ObjectStorage,
    EventOutbox,
    TransactionRunner,
  ],
  useFactory: (
    replicas: LibraryReplicaRepository,
    documents: DocumentRepository,
    topics: TopicRepository,
    storage: ObjectStorage,
    outbox: EventOutbox,
    transaction: TransactionRunner,
  ) => new DemoDocumentsSeeder(enabled, replicas, documents, topics, storage, outbox, transaction),
});
