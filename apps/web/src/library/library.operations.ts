import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { OrganisationSummary } from '@web/organisations/organisation.types';

interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export type DocumentKind =
  | 'GOOD_PRACTICE'
  | 'GUIDELINE'
  | 'TEMPLATE'
  | 'DRAFT_LAW'
  | 'REPORT'
  | 'MINUTES'
  | 'TRAINING_MATERIAL'
  | 'OTHER';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'GOOD_PRACTICE',
  'GUIDELINE',
  'TEMPLATE',
  'DRAFT_LAW',
  'REPORT',
  'MINUTES',
  'TRAINING_MATERIAL',
  'OTHER',
];

/** Whether a kind named by another service (search) is one of the library's. */
export const isDocumentKind = (kind: string): kind is DocumentKind =>
  (DOCUMENT_KINDS as readonly string[]).includes(kind);

export type DocumentVisibility = 'ALL_MEMBERS' | 'NETWORK' | 'PUBLIC';
export const DOCUMENT_VISIBILITIES: readonly DocumentVisibility[] = [
  'ALL_MEMBERS',
  'NETWORK',
  'PUBLIC',
];

export type ExtractionStatus = 'PENDING' | 'EXTRACTED' | 'EXTRACTION_FAILED';

/** The languages a document is offered in (BCP 47), in the order the form lists them. */
export const DOCUMENT_LANGUAGES: readonly string[] = [
  'sr-Latn',
  'sr-Cyrl',
  'en',
  'bs',
  'hr',
  'mk',
  'sq',
  'sl',
  'me',
];

export interface LibraryNetwork {
  __typename?: 'Network';
  id: string;
  slug: string;
  nameLatin: string;
  nameCyrillic: string;
  nameEnglish: string;
}

export interface LibraryTopic {
  __typename?: 'LibraryTopic';
  id: string;
  slug: string;
  nameLatin: string;
  nameCyrillic: string;
  nameEnglish: string;
  archived: boolean;
}

export interface GoodPractice {
  __typename?: 'GoodPracticeFields';
  problem: string;
  approach: string;
  results: string;
  costsAndFunding: string;
  lessonsLearnt: string;
  contactPerson: string;
}

export interface DocumentVersion {
  __typename?: 'DocumentVersion';
  id: string;
  number: number;
  filename: string;
  fileType: string;
  mimeType: string;
  size: number;
  note: string | null;
  createdAt: string;
  extractionStatus: ExtractionStatus;
  pages: number | null;
  uploadedBy: { __typename?: 'User'; id: string; displayName: string };
}

/**
 * A short-lived link (minutes) to a PNG of a PDF version's first page; null when there is none.
 * Absent where a query does not ask for it: only the screens that show it do.
 */
export type ThumbnailUrl = string | null;

/** A document as lists show it. */
export interface DocumentSummary {
  __typename?: 'Document';
  id: string;
  kind: DocumentKind;
  title: string;
  summary: string;
  visibility: DocumentVisibility;
  year: number | null;
  languages: string[];
  updatedAt: string;
  networks: LibraryNetwork[];
  organisation: OrganisationSummary | null;
  currentVersion: Pick<DocumentVersion, 'id' | 'filename' | 'fileType' | 'size'> & {
    thumbnailUrl?: ThumbnailUrl;
  };
}

/** A document as its page shows it. */
export interface DocumentDetail extends Omit<DocumentSummary, 'currentVersion'> {
  tags: string[];
  authorName: string | null;
  contact: string | null;
  licence: string | null;
  goodPractice: GoodPractice | null;
  topics: LibraryTopic[];
  createdAt: string;
  createdBy: { __typename?: 'User'; id: string; displayName: string };
  viewerCanEdit: boolean;
  downloadUrl: string;
  currentVersion: DocumentVersion & { thumbnailUrl: ThumbnailUrl };
  versions: (DocumentVersion & { downloadUrl: string })[];
}

const NETWORK_NAME_FIELDS = gql`
  fragment LibraryNetworkFields on Network {
    id
    slug
    nameLatin
    nameCyrillic
    nameEnglish
  }
`;

const SUMMARY_FIELDS = gql`
  fragment DocumentSummaryFields on Document {
    id
    kind
    title
    summary
    visibility
    year
    languages
    updatedAt
    networks {
      ...LibraryNetworkFields
    }
    organisation {
      id
      nameLatin
      nameCyrillic
      kind
    }
    currentVersion {
      id
      filename
      fileType
      size
    }
  }
  ${NETWORK_NAME_FIELDS}
`;

const VERSION_FIELDS = gql`
  fragment DocumentVersionFields on DocumentVersion {
    id
    number
    filename
    fileType
    mimeType
    size
    note
    createdAt
    extractionStatus
    pages
    uploadedBy {
      id
      displayName
    }
  }
`;

const DETAIL_FIELDS = gql`
  fragment DocumentDetailFields on Document {
    ...DocumentSummaryFields
    tags
    authorName
    contact
    licence
    goodPractice {
      problem
      approach
      results
      costsAndFunding
      lessonsLearnt
      contactPerson
    }
    topics {
      id
      slug
      nameLatin
      nameCyrillic
      nameEnglish
      archived
    }
    createdAt
    createdBy {
      id
      displayName
    }
    viewerCanEdit
    downloadUrl
    currentVersion {
      ...DocumentVersionFields
      thumbnailUrl
    }
    versions {
      ...DocumentVersionFields
      downloadUrl
    }
  }
  ${SUMMARY_FIELDS}
  ${VERSION_FIELDS}
`;

export interface DocumentFilter {
  networkId?: string;
  kind?: DocumentKind;
  topicId?: string;
  tag?: string;
  language?: string;
  year?: number;
  organisationId?: string;
}

export const DOCUMENTS: TypedDocumentNode<
  { documents: { nodes: DocumentSummary[]; pageInfo: PageInfo } },
  { first: number; after?: string | null; filter?: DocumentFilter }
> = gql`
  query Documents($first: Int!, $after: String, $filter: DocumentFilterInput) {
    documents(first: $first, after: $after, filter: $filter) {
      nodes {
        ...DocumentSummaryFields
        currentVersion {
          id
          thumbnailUrl
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${SUMMARY_FIELDS}
`;

export const DOCUMENT: TypedDocumentNode<{ document: DocumentDetail }, { id: string }> = gql`
  query Document($id: ID!) {
    document(id: $id) {
      ...DocumentDetailFields
    }
  }
  ${DETAIL_FIELDS}
`;

/**
 * A fresh link to the current version's first page, for an image whose link has expired: the
 * cache takes it by the version's id, so every screen showing that version gets it.
 */
export const DOCUMENT_THUMBNAIL: TypedDocumentNode<
  { document: { id: string; currentVersion: { id: string; thumbnailUrl: ThumbnailUrl } } },
  { id: string }
> = gql`
  query DocumentThumbnail($id: ID!) {
    document(id: $id) {
      id
      currentVersion {
        id
        thumbnailUrl
      }
    }
  }
`;

export const LIBRARY_TOPICS: TypedDocumentNode<{ libraryTopics: LibraryTopic[] }, object> = gql`
  query LibraryTopics {
    libraryTopics {
      id
      slug
      nameLatin
      nameCyrillic
      nameEnglish
      archived
    }
  }
`;

/** Every network, with the viewer's standing: filters list them all, the form the viewer's. */
export const LIBRARY_NETWORKS: TypedDocumentNode<
  {
    networks: {
      nodes: (LibraryNetwork & { viewerMembership: 'MEMBER' | 'COORDINATOR' | null })[];
    };
  },
  object
> = gql`
  query LibraryNetworks {
    networks(first: 100) {
      nodes {
        ...LibraryNetworkFields
        viewerMembership
      }
    }
  }
  ${NETWORK_NAME_FIELDS}
`;

export interface UploadTicket {
  uploadId: string;
  url: string;
  expiresAt: string;
  maxBytes: number;
}

export const REQUEST_UPLOAD: TypedDocumentNode<
  { requestUpload: UploadTicket },
  { input: { filename: string; contentType: string; size: number } }
> = gql`
  mutation RequestUpload($input: RequestUploadInput!) {
    requestUpload(input: $input) {
      uploadId
      url
      expiresAt
      maxBytes
    }
  }
`;

/** The metadata fields the form edits, as the API takes them. */
export interface DocumentMetadataInput {
  kind: DocumentKind;
  title: string;
  summary: string | null;
  visibility: DocumentVisibility;
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

export const CREATE_DOCUMENT: TypedDocumentNode<
  { createDocument: DocumentDetail },
  { input: DocumentMetadataInput & { uploadId: string; note: string | null } }
> = gql`
  mutation CreateDocument($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      ...DocumentDetailFields
    }
  }
  ${DETAIL_FIELDS}
`;

export const UPDATE_DOCUMENT: TypedDocumentNode<
  { updateDocument: DocumentDetail },
  { id: string; input: DocumentMetadataInput }
> = gql`
  mutation UpdateDocument($id: ID!, $input: UpdateDocumentInput!) {
    updateDocument(id: $id, input: $input) {
      ...DocumentDetailFields
    }
  }
  ${DETAIL_FIELDS}
`;

export const ADD_DOCUMENT_VERSION: TypedDocumentNode<
  { addDocumentVersion: DocumentDetail },
  { documentId: string; uploadId: string; note: string | null }
> = gql`
  mutation AddDocumentVersion($documentId: ID!, $uploadId: ID!, $note: String) {
    addDocumentVersion(documentId: $documentId, uploadId: $uploadId, note: $note) {
      ...DocumentDetailFields
    }
  }
  ${DETAIL_FIELDS}
`;

export const DELETE_DOCUMENT: TypedDocumentNode<{ deleteDocument: boolean }, { id: string }> = gql`
  mutation DeleteDocument($id: ID!) {
    deleteDocument(id: $id)
  }
`;

/** Brings a deleted document back as it was (staff and administrators, within the retention). */
export const RESTORE_DOCUMENT: TypedDocumentNode<
  { restoreDocument: DocumentDetail },
  { id: string }
> = gql`
  mutation RestoreDocument($id: ID!) {
    restoreDocument(id: $id) {
      ...DocumentDetailFields
    }
  }
  ${DETAIL_FIELDS}
`;

/** A deleted document that can still be restored, until `purgeAfter`. */
export interface DeletedDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  deletedAt: string;
  deletedBy: { __typename?: 'User'; id: string; displayName: string };
  purgeAfter: string;
}

/** Deleted documents, the most recently deleted first (staff and administrators). */
export const DELETED_DOCUMENTS: TypedDocumentNode<
  {
    deletedDocuments: {
      nodes: DeletedDocument[];
      pageInfo: PageInfo;
    };
  },
  { first: number; after?: string | null }
> = gql`
  query DeletedDocuments($first: Int!, $after: String) {
    deletedDocuments(first: $first, after: $after) {
      nodes {
        id
        title
        kind
        deletedAt
        deletedBy {
          id
          displayName
        }
        purgeAfter
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

export interface DocumentCollection {
  __typename?: 'DocumentCollection';
  id: string;
  title: string;
  description: string;
  updatedAt: string;
  viewerCanCurate: boolean;
  network: LibraryNetwork | null;
  documents: DocumentSummary[];
}

const COLLECTION_FIELDS = gql`
  fragment DocumentCollectionFields on DocumentCollection {
    id
    title
    description
    updatedAt
    viewerCanCurate
    network {
      ...LibraryNetworkFields
    }
    documents {
      ...DocumentSummaryFields
    }
  }
  ${SUMMARY_FIELDS}
`;

/** A network's collections, or without `networkId` those of no network. */
export const DOCUMENT_COLLECTIONS: TypedDocumentNode<
  { documentCollections: DocumentCollection[] },
  { networkId?: string | null }
> = gql`
  query DocumentCollections($networkId: ID) {
    documentCollections(networkId: $networkId) {
      ...DocumentCollectionFields
    }
  }
  ${COLLECTION_FIELDS}
`;

export const DOCUMENT_COLLECTION: TypedDocumentNode<
  { documentCollection: DocumentCollection },
  { id: string }
> = gql`
  query DocumentCollection($id: ID!) {
    documentCollection(id: $id) {
      ...DocumentCollectionFields
    }
  }
  ${COLLECTION_FIELDS}
`;

export const CREATE_COLLECTION: TypedDocumentNode<
  { createDocumentCollection: DocumentCollection },
  { input: { networkId: string | null; title: string; description: string | null } }
> = gql`
  mutation CreateDocumentCollection($input: CreateCollectionInput!) {
    createDocumentCollection(input: $input) {
      ...DocumentCollectionFields
    }
  }
  ${COLLECTION_FIELDS}
`;

export const ADD_TO_COLLECTION: TypedDocumentNode<
  { addDocumentToCollection: DocumentCollection },
  { collectionId: string; documentId: string }
> = gql`
  mutation AddDocumentToCollection($collectionId: ID!, $documentId: ID!) {
    addDocumentToCollection(collectionId: $collectionId, documentId: $documentId) {
      ...DocumentCollectionFields
    }
  }
  ${COLLECTION_FIELDS}
`;

export const REMOVE_FROM_COLLECTION: TypedDocumentNode<
  { removeDocumentFromCollection: DocumentCollection },
  { collectionId: string; documentId: string }
> = gql`
  mutation RemoveDocumentFromCollection($collectionId: ID!, $documentId: ID!) {
    removeDocumentFromCollection(collectionId: $collectionId, documentId: $documentId) {
      ...DocumentCollectionFields
    }
  }
  ${COLLECTION_FIELDS}
`;

export const REORDER_COLLECTION: TypedDocumentNode<
  { reorderDocumentCollection: DocumentCollection },
  { collectionId: string; documentIds: string[] }
> = gql`
  mutation ReorderDocumentCollection($collectionId: ID!, $documentIds: [ID!]!) {
    reorderDocumentCollection(collectionId: $collectionId, documentIds: $documentIds) {
      ...DocumentCollectionFields
    }
  }
  ${COLLECTION_FIELDS}
`;
