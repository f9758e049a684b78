import type { ApolloClient } from '@apollo/client';
import { REQUEST_UPLOAD } from './library.operations';

/** Why a file did not reach storage: a code for the message, as the API's errors carry. */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    readonly maxBytes?: number,
  ) {
    super(code);
    this.name = 'UploadError';
  }
}

/** The extensions the library takes (the service checks the content too). */
export const ACCEPTED_EXTENSIONS = [
  '.pdf',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.ods',
  '.txt',
  '.md',
  '.png',
  '.jpg',
  '.jpeg',
] as const;

/** PUTs the bytes to the presigned URL, reporting progress from 0 to 1. */
function put(
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve();
      } else {
        reject(new UploadError(request.status === 403 ? 'UPLOAD_EXPIRED' : 'UPLOAD_FAILED'));
      }
    };
    request.onerror = () => reject(new UploadError('NETWORK'));
    request.onabort = () => reject(new UploadError('UPLOAD_CANCELLED'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}

/**
 * Announces the file to the library (which refuses a bad name, type or size up front), then
 * sends its bytes straight to storage. Resolves with the upload's id for createDocument or
 * addDocumentVersion; rejects with the API's error or an UploadError.
 */
export async function uploadFile(
  client: ApolloClient,
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  const { data } = await client.mutate({
    mutation: REQUEST_UPLOAD,
    variables: {
      input: {
        filename: file.name,
        contentType: file.type || 'application/octet-stream',
        size: file.size,
      },
    },
  });
  const ticket = data?.requestUpload;
  if (!ticket) throw new UploadError('UPLOAD_FAILED');
  if (file.size > ticket.maxBytes) throw new UploadError('UPLOAD_TOO_LARGE', ticket.maxBytes);
  await put(ticket.url, file, onProgress, signal);
  return ticket.uploadId;
}
