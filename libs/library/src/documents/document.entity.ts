import type {
  GoodPracticeSnapshot,
  LibraryDocumentKind,
  LibraryVisibility,
} from '@mreza/shared/events';

export type GoodPractice = GoodPracticeSnapshot;

export type ExtractionStatus = 'PENDING' | 'EXTRACTED' | 'EXTRACTION_FAILED';

/** Where the PNG of a version's first page is stored: one key per version, so a retry overwrites it. */
export const thumbnailKeyOf = (versionId: string): string => `thumbnails/${versionId}.png`;

/** One stored file of a document; the highest number is the current version. */
export interface VersionRecord {
  id: string;
  documentId: string;
  number: number;
  objectKey: string;
  filename: string;
  fileKind: string;
  mimeType: string;
  size: number;
  note: string | null;
  uploadedBy: string;
  createdAt: Date;
  extractionStatus: ExtractionStatus;
  extractedPages: number | null;
  /** The object key of a PNG of its first page (PDFs), made by extraction; null when none. */
  thumbnailKey: string | null;
}

/** The metadata people edit. */
export interface DocumentMetadata {
  kind: LibraryDocumentKind;
  title: string;
  summary: string;
  visibility: LibraryVisibility;
  networkIds: string[];
  organisationId: string | null;
  topicIds: string[];
  tags: string[];
  languages: string[];
  year: number | null;
  authorName: string | null;
  contact: string | null;
  licence: string | null;
  goodPractice: GoodPractice | null;
}

export interface DocumentRecord extends DocumentMetadata {
  id: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  current: VersionRecord;
}

/** A deleted document whose files are kept until the retention ends (it may be restored). */
export interface DeletedDocument {
  id: string;
  title: string;
  kind: LibraryDocumentKind;
  deletedAt: Date;
  deletedBy: string;
}
