import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import type {
  EventEnvelope,
  LibraryDocumentDeletedV1,
  LibraryDocumentSnapshot,
  LibraryTextExtractedV1,
  LibraryVisibility,
  NetworkSnapshot,
  PostSnapshot,
  PostWithBody,
  ThreadPostSnapshot,
  ThreadSnapshot,
  UserProfileChangedV1,
  UserStatusChangedV1,
} from '@mreza/shared/events';
import { applyReplicaEvent } from '@mreza/shared/replicas';
import type { IndexItem, SearchAccess, SearchEngine } from '../engine/search-engine';
import { SEARCH_ENGINE } from '../engine/search-engine';
import { ReplicaRepository } from '../replicas/replica.repository';
import { guessLanguage } from './guess-language';

const yearOf = (date: Date) => date.getUTCFullYear();
const titleFrom = (text: string) => {
  const line = text.replace(/[#*_>`]/g, '').trim();
  return line.length <= 80 ? line : `${line.slice(0, 79)}…`;
};

const DOCUMENT_ACCESS: Record<LibraryVisibility, SearchAccess> = {
  PUBLIC: 'PUBLIC',
  ALL_MEMBERS: 'SIGNED_IN',
  NETWORK: 'NETWORK_MEMBERS',
};

/** The fields of a library document search indexes (the reindex reads them from the table). */
export type IndexedDocument = Pick<
  LibraryDocumentSnapshot,
  | 'documentId'
  | 'kind'
  | 'title'
  | 'summary'
  | 'visibility'
  | 'networkIds'
  | 'organisationId'
  | 'tags'
  | 'languages'
  | 'year'
  | 'authorName'
  | 'goodPractice'
  | 'createdAt'
>;

/**
 * Turns the other services' events into index changes and replica updates, inside the
 * consumer's transaction (the PostgreSQL engine writes in it; the event is marked handled in
 * the same commit). Every change carries its event's time, so a redelivered or late event never
 * undoes a newer one.
 */
@Injectable()
export class SearchIndexer {
  private readonly logger = new Logger(SearchIndexer.name);

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly replicas: ReplicaRepository,
  ) {}

  async handle(event: EventEnvelope, tx: Tx): Promise<void> {
    const at = new Date(event.occurredAt);
    const payload = event.payload as unknown;
    switch (event.type) {
      case 'networks.network.created':
      case 'networks.network.updated':
      case 'networks.network.archived':
      case 'networks.network.restored':
        await applyReplicaEvent(this.replicas, event, tx);
        return this.engine.upsert([this.networkItem(payload as NetworkSnapshot, at)], tx);
      case 'networks.member.joined':
      case 'networks.member.role-changed':
      case 'networks.member.left':
        await applyReplicaEvent(this.replicas, event, tx);
        return;
      case 'identity.user.status-changed': {
        await applyReplicaEvent(this.replicas, event, tx);
        const { userId, status } = payload as UserStatusChangedV1['payload'];
        // A deactivated account leaves the people directory; its next profile change returns it.
        if (status === 'DEACTIVATED') {
          await this.engine.remove([{ type: 'PERSON', id: userId }], at, tx);
        }
        return;
      }
      case 'identity.user.profile-changed':
        return this.engine.upsert(
          [this.personItem(payload as UserProfileChangedV1['payload'], at)],
          tx,
        );
      case 'discussions.thread.created':
      case 'discussions.thread.updated': {
        const thread = payload as ThreadSnapshot;
        const hidden = thread.status !== 'PUBLISHED';
        if (hidden) await this.engine.remove([{ type: 'THREAD', id: thread.threadId }], at, tx);
        else await this.engine.upsert([this.threadItem(thread, at)], tx);
        return this.engine.updateChildren(
          thread.threadId,
          { displayTitle: thread.title, networkIds: [thread.networkId], hidden },
          tx,
        );
      }
      case 'discussions.thread.removed': {
        const thread = payload as ThreadSnapshot;
        await this.engine.remove([{ type: 'THREAD', id: thread.threadId }], at, tx);
        return this.engine.removeChildren(thread.threadId, at, tx);
      }
      case 'discussions.post.published':
      case 'discussions.post.edited':
        return this.engine.upsert([this.threadPostItem(payload as ThreadPostSnapshot, at)], tx);
      case 'discussions.post.withdrawn': {
        const post = payload as ThreadPostSnapshot;
        return this.engine.remove([{ type: 'POST', id: post.postId }], at, tx);
      }
      case 'networks.post.created':
      case 'networks.post.updated':
        return this.engine.upsert([this.networkPostItem(payload as PostWithBody, at)], tx);
      case 'networks.post.deleted': {
        const post = payload as PostSnapshot;
        return this.engine.remove([{ type: 'NETWORK_POST', id: post.postId }], at, tx);
      }
      case 'library.document.created':
      case 'library.document.updated':
        return this.engine.upsert([this.documentItem(payload as LibraryDocumentSnapshot, at)], tx);
      case 'library.document.deleted': {
        const { documentId } = payload as LibraryDocumentDeletedV1['payload'];
        return this.engine.remove([{ type: 'DOCUMENT', id: documentId }], at, tx);
      }
      case 'library.document.text-extracted': {
        const text = payload as LibraryTextExtractedV1['payload'];
        if (!text.current) return;
        return this.engine.setBody({ type: 'DOCUMENT', id: text.documentId }, text.text, tx);
      }
      default:
        this.logger.warn(`ignored an event search does not index: ${event.type}`);
    }
  }

  networkItem(network: NetworkSnapshot, at: Date): IndexItem {
    return {
      type: 'NETWORK',
      id: network.networkId,
      title: network.nameLatin,
      summary: `${network.nameCyrillic} · ${network.nameEnglish}`,
      body: '',
      language: 'sr',
      access: 'SIGNED_IN',
      networkIds: [network.networkId],
      organisationId: null,
      kind: network.visibility,
      year: null,
      date: null,
      parentId: null,
      sourceAt: at,
    };
  }

  personItem(profile: UserProfileChangedV1['payload'], at: Date): IndexItem {
    return {
      type: 'PERSON',
      id: profile.userId,
      title: profile.displayName,
      summary: [profile.position, ...profile.expertise].filter(Boolean).join(' · '),
      body: '',
      language: 'sr',
      access: 'SIGNED_IN',
      networkIds: [],
      organisationId: profile.organisationId,
      kind: null,
      year: null,
      date: null,
      parentId: null,
      sourceAt: at,
    };
  }

  threadItem(thread: ThreadSnapshot, at: Date): IndexItem {
    return {
      type: 'THREAD',
      id: thread.threadId,
      title: thread.title,
      summary: thread.tags.join(' · '),
      body: '',
      language: guessLanguage(thread.title),
      access: 'NETWORK',
      networkIds: [thread.networkId],
      organisationId: null,
      kind: null,
      year: yearOf(at),
      date: at,
      parentId: null,
      sourceAt: at,
    };
  }

  /** Opening posts and replies alike: a hit in the text, shown under the thread's title. */
  threadPostItem(post: ThreadPostSnapshot, at: Date): IndexItem {
    return {
      type: 'POST',
      id: post.postId,
      title: '',
      displayTitle: post.threadTitle,
      summary: '',
      body: post.body,
      language: guessLanguage(`${post.threadTitle} ${post.body}`),
      access: 'NETWORK',
      networkIds: [post.networkId],
      organisationId: null,
      kind: post.opening ? 'OPENING' : 'REPLY',
      year: yearOf(at),
      date: at,
      parentId: post.threadId,
      sourceAt: at,
    };
  }

  /** A network post by its whole body; events recorded before the body travelled, by excerpt. */
  networkPostItem(post: PostWithBody, at: Date): IndexItem {
    const body = post.body ?? post.excerpt;
    return {
      type: 'NETWORK_POST',
      id: post.postId,
      title: '',
      displayTitle: titleFrom(post.excerpt),
      summary: '',
      body,
      language: guessLanguage(body),
      access: 'NETWORK',
      networkIds: [post.networkId],
      organisationId: null,
      kind: post.kind,
      year: yearOf(at),
      date: at,
      parentId: null,
      sourceAt: at,
    };
  }

  documentItem(document: IndexedDocument, at: Date): IndexItem {
    const practice = document.goodPractice ? Object.values(document.goodPractice) : [];
    const created = new Date(document.createdAt);
    const english =
      document.languages.length > 0 && document.languages.every((l) => l.startsWith('en'));
    return {
      type: 'DOCUMENT',
      id: document.documentId,
      title: document.title,
      summary: [document.summary, ...document.tags, document.authorName, ...practice]
        .filter(Boolean)
        .join(' · '),
      // The text arrives with `library.document.text-extracted`; metadata changes keep it.
      body: undefined,
      language: english ? 'en' : 'sr',
      access: DOCUMENT_ACCESS[document.visibility],
      networkIds: document.visibility === 'NETWORK' ? document.networkIds : [],
      organisationId: document.organisationId,
      kind: document.kind,
      year: document.year ?? yearOf(created),
      date: created,
      parentId: null,
      sourceAt: at,
    };
  }
}
