import type {
  LibraryDocumentCreatedV1,
  LibraryDocumentDeletedV1,
  LibraryDocumentSnapshot,
  LibraryDocumentUpdatedV1,
  LibraryTextExtractedV1,
  LibraryVersionStoredV1,
} from '@mreza/shared/events';
import type { DocumentRecord, VersionRecord } from './document.entity';

const snapshotOf = (
  document: DocumentRecord,
  topicSlugs: string[],
  actorId: string,
): LibraryDocumentSnapshot => ({
  documentId: document.id,
  kind: document.kind,
  title: document.title,
  summary: document.summary,
  visibility: document.visibility,
  networkIds: document.networkIds,
  organisationId: document.organisationId,
  topicIds: document.topicIds,
  topicSlugs,
  tags: document.tags,
  languages: document.languages,
  year: document.year,
  authorName: document.authorName,
  licence: document.licence,
  goodPractice: document.goodPractice,
  currentVersionId: document.current.id,
  filename: document.current.filename,
  mimeType: document.current.mimeType,
  createdById: document.createdBy,
  createdAt: document.createdAt.toISOString(),
  updatedAt: document.updatedAt.toISOString(),
  actorId,
});

export const documentCreated = (
  document: DocumentRecord,
  topicSlugs: string[],
  actorId: string,
): LibraryDocumentCreatedV1 => ({
  type: 'library.document.created',
  version: 1,
  payload: snapshotOf(document, topicSlugs, actorId),
});

export const documentUpdated = (
  document: DocumentRecord,
  topicSlugs: string[],
  actorId: string,
): LibraryDocumentUpdatedV1 => ({
  type: 'library.document.updated',
  version: 1,
  payload: snapshotOf(document, topicSlugs, actorId),
});

export const documentDeleted = (
  document: DocumentRecord,
  actorId: string,
): LibraryDocumentDeletedV1 => ({
  type: 'library.document.deleted',
  version: 1,
  payload: {
    documentId: document.id,
    visibility: document.visibility,
    networkIds: document.networkIds,
    actorId,
  },
});

export const versionStored = (version: VersionRecord, actorId: string): LibraryVersionStoredV1 => ({
  type: 'library.version.stored',
  version: 1,
  payload: {
    documentId: version.documentId,
    versionId: version.id,
    number: version.number,
    objectKey: version.objectKey,
    mimeType: version.mimeType,
    size: version.size,
    actorId,
  },
});

/** The text of a version, for search; `current` says whether it replaces the document's. */
export const textExtracted = (
  document: DocumentRecord,
  versionId: string,
  extracted: { text: string; pages: number | null; truncated: boolean },
): LibraryTextExtractedV1 => ({
  type: 'library.document.text-extracted',
  version: 1,
  payload: {
    documentId: document.id,
    versionId,
    current: document.current.id === versionId,
    visibility: document.visibility,
    networkIds: document.networkIds,
    text: extracted.text,
    pages: extracted.pages,
    truncated: extracted.truncated,
  },
});
