import { operationAccess } from '@mreza/shared/auth';
import { CollectionResolver } from './collections/collection.resolver';
import { DeletedDocumentsResolver } from './documents/deleted-documents.resolver';
import { DocumentResolver } from './documents/document.resolver';
import { TopicResolver } from './topics/topic.resolver';

describe('library operation access', () => {
  it('matches the intended table: a new or changed operation must be added here on purpose', () => {
    const table = Object.fromEntries(
      operationAccess([
        DocumentResolver,
        DeletedDocumentsResolver,
        CollectionResolver,
        TopicResolver,
      ]).map(({ operation, access }) => [operation, access]),
    );
    // Public: reading documents (the service shows anonymous callers PUBLIC ones only) and the
    // topic list. Visibility, membership and editor rules are checked in the services and
    // pinned by authorization.integration-spec.ts.
    expect(table).toEqual({
      'Mutation addDocumentToCollection': 'signed-in',
      'Mutation addDocumentVersion': 'signed-in',
      'Mutation createDocument': 'signed-in',
      'Mutation createDocumentCollection': 'signed-in',
      'Mutation createLibraryTopic': 'ADMIN | STAFF',
      'Mutation deleteDocument': 'signed-in',
      'Mutation deleteDocumentCollection': 'signed-in',
      'Mutation removeDocumentFromCollection': 'signed-in',
      'Mutation restoreDocument': 'ADMIN | STAFF',
      'Mutation reorderDocumentCollection': 'signed-in',
      'Mutation requestUpload': 'signed-in',
      'Mutation updateDocument': 'signed-in',
      'Mutation updateDocumentCollection': 'signed-in',
      'Mutation updateLibraryTopic': 'ADMIN | STAFF',
      'Query document': 'public',
      'Query documentCollection': 'signed-in',
      'Query documentCollections': 'signed-in',
      'Query deletedDocuments': 'ADMIN | STAFF',
      'Query documents': 'public',
      'Query libraryTopics': 'public',
    });
  });
});
