import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Tx } from '@mreza/shared/database';
import type {
  EventEnvelope,
  LibraryDocumentDeletedV1,
  LibraryDocumentSnapshot,
  LibraryTextExtractedV1,
  NetworkSnapshot,
  PostSnapshot,
  PostWithBody,
  ThreadPostSnapshot,
  ThreadSnapshot,
  UserProfileChangedV1,
  UserStatusChangedV1,
} from '@mreza/shared/events';
import { applyReplicaEvent } from '@mreza/shared/replicas';
import type { SearchEngine } from '../engine/search-engine';
import { SEARCH_ENGINE } from '../engine/search-engine';
import { ReplicaRepository } from '../replicas/replica.repository';
import {
  documentItem,
  networkItem,
  networkPostItem,
  personItem,
  threadItem,
  threadPostItem,
} from './index-items';
import { indexableText } from './indexable-text';

/**
 * A document's text came before the document itself (its `created` event is being retried):
 * the queue delivers the text again later.
 */
export class DocumentNotIndexedYetError extends Error {
  constructor(documentId: string) {
    super(`document ${documentId} is not in the index yet; its text waits for it`);
    this.name = DocumentNotIndexedYetError.name;
  }
}

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
        return this.engine.upsert([networkItem(payload as NetworkSnapshot, at)], tx);
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
        return this.engine.upsert([personItem(payload as UserProfileChangedV1['payload'], at)], tx);
      case 'discussions.thread.created':
      case 'discussions.thread.updated': {
        const thread = payload as ThreadSnapshot;
        const hidden = thread.status !== 'PUBLISHED';
        if (hidden) await this.engine.remove([{ type: 'THREAD', id: thread.threadId }], at, tx);
        else await this.engine.upsert([threadItem(thread, at)], tx);
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
        return this.engine.upsert([threadPostItem(payload as ThreadPostSnapshot, at)], tx);
      case 'discussions.post.withdrawn': {
        const post = payload as ThreadPostSnapshot;
        return this.engine.remove([{ type: 'POST', id: post.postId }], at, tx);
      }
      case 'networks.post.created':
      case 'networks.post.updated':
        return this.engine.upsert([networkPostItem(payload as PostWithBody, at)], tx);
      case 'networks.post.deleted': {
        const post = payload as PostSnapshot;
        return this.engine.remove([{ type: 'NETWORK_POST', id: post.postId }], at, tx);
      }
      case 'library.document.created':
      case 'library.document.updated':
        return this.engine.upsert([documentItem(payload as LibraryDocumentSnapshot, at)], tx);
      case 'library.document.deleted': {
        const { documentId } = payload as LibraryDocumentDeletedV1['payload'];
        return this.engine.remove([{ type: 'DOCUMENT', id: documentId }], at, tx);
      }
      case 'library.document.text-extracted': {
        const text = payload as LibraryTextExtractedV1['payload'];
        if (!text.current) return;
        const ref = { type: 'DOCUMENT', id: text.documentId } as const;
        if (!(await this.engine.setBody(ref, indexableText(text.text), tx))) {
          throw new DocumentNotIndexedYetError(text.documentId);
        }
        return;
      }
      default:
        this.logger.warn(`ignored an event search does not index: ${event.type}`);
    }
  }
}
