import type { DomainEvent } from '../domain-event';

/*
 * Events of the library service. Consumers: search (documents and their text; a NETWORK
 * document only for members of its networks, staff and administrators; ALL_MEMBERS for anyone
 * signed in; PUBLIC for everyone), and the library's own text extraction.
 */

export type LibraryDocumentKind =
  | 'GOOD_PRACTICE'
  | 'GUIDELINE'
  | 'TEMPLATE'
  | 'DRAFT_LAW'
  | 'REPORT'
  | 'MINUTES'
  | 'TRAINING_MATERIAL'
  | 'OTHER';

export type LibraryVisibility = 'ALL_MEMBERS' | 'NETWORK' | 'PUBLIC';

export interface GoodPracticeSnapshot {
  problem: string;
  approach: string;
  results: string;
  costsAndFunding: string;
  lessonsLearnt: string;
  contactPerson: string;
}

export interface LibraryDocumentSnapshot {
  documentId: string;
  kind: LibraryDocumentKind;
  title: string;
  summary: string;
  visibility: LibraryVisibility;
  networkIds: string[];
  organisationId: string | null;
  topicIds: string[];
  /** Topic slugs, for facets without a look-up. */
  topicSlugs: string[];
  tags: string[];
  languages: string[];
  year: number | null;
  authorName: string | null;
  licence: string | null;
  goodPractice: GoodPracticeSnapshot | null;
  currentVersionId: string;
  filename: string;
  mimeType: string;
  createdById: string;
  createdAt: string;
  updatedAt: string;
  actorId: string;
}

export type LibraryDocumentCreatedV1 = DomainEvent<
  'library.document.created',
  LibraryDocumentSnapshot
>;
/** Metadata changed, or a new version became the current one. */
export type LibraryDocumentUpdatedV1 = DomainEvent<
  'library.document.updated',
  LibraryDocumentSnapshot
>;
/** Soft-deleted: no longer readable by anyone; drop it from the index. */
export type LibraryDocumentDeletedV1 = DomainEvent<
  'library.document.deleted',
  {
    documentId: string;
    visibility: LibraryVisibility;
    networkIds: string[];
    actorId: string;
  }
>;

/** A version's file was accepted and stored: its text is to be extracted. */
export type LibraryVersionStoredV1 = DomainEvent<
  'library.version.stored',
  {
    documentId: string;
    versionId: string;
    number: number;
    objectKey: string;
    mimeType: string;
    size: number;
    actorId: string;
  }
>;

/** The text of a version, for full-text search (only the current version's replaces the index's). */
export type LibraryTextExtractedV1 = DomainEvent<
  'library.document.text-extracted',
  {
    documentId: string;
    versionId: string;
    /** Whether this version is the document's current one when the text was extracted. */
    current: boolean;
    visibility: LibraryVisibility;
    networkIds: string[];
    /**
     * The whole extracted text: extraction stops at 2 MiB of UTF-8 (`truncated` then), so an
     * event stays within a few megabytes. The library also keeps it (`library.version_texts`).
     */
    text: string;
    pages: number | null;
    /** The extractor stopped at its size limit: the file has more text than this. */
    truncated: boolean;
  }
>;
