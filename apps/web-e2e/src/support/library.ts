// Library documents as test data, through the API: the file to storage, then the document.
import { graphql } from './graphql';

interface TextDocument {
  title: string;
  kind: string;
  text: string;
  /** Its networks: visible to their members. Without, to every member (staff only). */
  networkIds?: string[];
}

/** A small text document added by the signed-in user; answers its id. */
export async function addTextDocument(
  token: string,
  { title, kind, text, networkIds = [] }: TextDocument,
): Promise<string> {
  const body = Buffer.from(`${text}\n`, 'utf8');
  const { requestUpload } = await graphql<{ requestUpload: { uploadId: string; url: string } }>(
    'mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url } }',
    { i: { filename: 'dokument.txt', contentType: 'text/plain', size: body.length } },
    token,
  );
  const put = await fetch(requestUpload.url, { method: 'PUT', body });
  if (!put.ok) throw new Error(`PUT ${put.status}`);
  const { createDocument } = await graphql<{ createDocument: { id: string } }>(
    'mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }',
    {
      i: {
        uploadId: requestUpload.uploadId,
        kind,
        title,
        visibility: networkIds.length > 0 ? 'NETWORK' : 'ALL_MEMBERS',
        networkIds,
        languages: ['sr-Latn'],
        year: 2025,
      },
    },
    token,
  );
  return createDocument.id;
}
