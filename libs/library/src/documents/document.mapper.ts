import type { DocumentRecord, VersionRecord } from './document.entity';
import type {
  DocumentKind,
  DocumentObject,
  DocumentVersionObject,
  DocumentVisibility,
  ExtractionStatus,
} from './document.object';
import type { FileKind } from '../uploads/file-kind';

export const toVersionObject = (
  document: DocumentRecord,
  version: VersionRecord,
): DocumentVersionObject => ({
  id: version.id,
  number: version.number,
  filename: version.filename,
  fileType: version.fileKind as FileKind,
  mimeType: version.mimeType,
  size: version.size,
  note: version.note,
  uploadedBy: { id: version.uploadedBy },
  createdAt: version.createdAt,
  extractionStatus: version.extractionStatus as ExtractionStatus,
  pages: version.extractedPages,
  record: version,
  document,
});

export const toDocumentObject = (document: DocumentRecord, canEdit: boolean): DocumentObject => ({
  id: document.id,
  kind: document.kind as DocumentKind,
  title: document.title,
  summary: document.summary,
  visibility: document.visibility as DocumentVisibility,
  networks: document.networkIds.map((id) => ({ id })),
  organisation: document.organisationId ? { id: document.organisationId } : null,
  tags: document.tags,
  languages: document.languages,
  year: document.year,
  authorName: document.authorName,
  contact: document.contact,
  licence: document.licence,
  goodPractice: document.goodPractice,
  createdBy: { id: document.createdBy },
  createdAt: document.createdAt,
  updatedAt: document.updatedAt,
  currentVersion: toVersionObject(document, document.current),
  viewerCanEdit: canEdit,
  record: document,
});
