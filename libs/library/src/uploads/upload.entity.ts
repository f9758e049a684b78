/** An announced upload: a presigned URL was handed out; the object may or may not exist yet. */
export interface UploadRecord {
  id: string;
  ownerId: string;
  objectKey: string;
  filename: string;
  contentType: string;
  size: number;
  createdAt: Date;
  expiresAt: Date;
}
