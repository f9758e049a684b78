import type {
  LibraryDocumentSnapshot,
  LibraryVisibility,
  NetworkSnapshot,
  PostWithBody,
  ThreadPostSnapshot,
  ThreadSnapshot,
  UserProfileChangedV1,
} from '@mreza/shared/events';
import type { IndexItem, SearchAccess } from '../engine/search-engine';
import { guessLanguage } from './guess-language';

/*
 * What the index holds of each kind of source, built the same way from an event and from a
 * reindex's row: `at` is the time of the source (the event's, or the reindex snapshot's).
 */

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

export function networkItem(network: NetworkSnapshot, at: Date): IndexItem {
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

export function personItem(profile: UserProfileChangedV1['payload'], at: Date): IndexItem {
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

export function threadItem(thread: ThreadSnapshot, at: Date): IndexItem {
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
export function threadPostItem(post: ThreadPostSnapshot, at: Date): IndexItem {
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
export function networkPostItem(post: PostWithBody, at: Date): IndexItem {
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

export function documentItem(document: IndexedDocument, at: Date): IndexItem {
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
