import {
  booleanFlag,
  defineConfig,
  httpUrl,
  inlineFileVariables,
  port,
  serviceVariables,
  z,
} from '@mreza/shared/config';

const MB = 1024 * 1024;

export const libraryConfig = defineConfig(
  z.object({
    ...serviceVariables,
    LIBRARY_PORT: port(4004),
    /** Demo documents of the demo members (with identity's and networks' demo data). */
    SEED_DEMO_DATA: booleanFlag(true),
    /** The S3 endpoint the service talks to (s3rver on loopback, or MinIO). */
    S3_ENDPOINT: httpUrl,
    S3_ACCESS_KEY: z.string().min(1),
    S3_SECRET_KEY: z.string().min(1),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name')
      .default('mreza-library'),
    S3_REGION: z.string().default('us-east-1'),
    /** The address browsers use for storage in presigned URLs; S3_ENDPOINT when unset. */
    S3_PUBLIC_URL: httpUrl.optional(),
    /** The largest file a member may upload. */
    LIBRARY_MAX_UPLOAD_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(5 * 1024 * MB)
      .default(50 * MB),
    /** How long a presigned upload URL works. */
    LIBRARY_UPLOAD_URL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
    /** How long a presigned download URL works. */
    LIBRARY_DOWNLOAD_URL_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
    /** An upload not turned into a document within this time is swept away. */
    LIBRARY_UPLOAD_RETENTION_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .default(24 * 3600),
    /** A deleted document can be restored this long; then its files and text are purged. */
    LIBRARY_DELETED_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  }),
);

export type LibraryConfig = ReturnType<typeof libraryConfig.load>;

export const LIBRARY_CONFIG = Symbol('LIBRARY_CONFIG');

export const loadLibraryConfig = () => libraryConfig.load(inlineFileVariables(['JWT_PUBLIC_KEY']));
