/*
 * The library's events as the search index reads them. The library service is writing
 * `contracts/library.events.ts` in `@mreza/shared/events` at the same time as this consumer;
 * these are the fields search uses, copied from that file as it stood. Once it has landed,
 * import `LibraryDocumentSnapshot` and friends from there instead.
 */

export type LibraryVisibilityName = 'ALL_MEMBERS' | 'NETWORK' | 'PUBLIC';

export interface LibraryDocumentPayload {
  documentId: string;
  kind: string;
  title: string;
  summary: string;
  visibility: LibraryVisibilityName;
  networkIds: string[];
  organisationId: string | null;
  tags: string[];
  languages: string[];
  year: number | null;
  authorName: string | null;
  goodPractice: Record<string, string> | null;
  filename: string;
  createdAt: string;
  updatedAt: string;
}

export interface LibraryDocumentDeletedPayload {
  documentId: string;
}

export interface LibraryTextExtractedPayload {
  documentId: string;
  versionId: string;
  current: boolean;
  text: string;
}

export const LIBRARY_EVENT_TYPES = [
  'library.document.created',
  'library.document.updated',
  'library.document.deleted',
  'library.document.text-extracted',
] as const;
