import {
  booleanFlag,
  defineConfig,
  httpUrl,
  inlineFileVariables,
  pem,
  port,
  serviceVariables,
  z,
} from '@mreza/shared/config';

export const identityConfig = defineConfig(
  z.object({
    ...serviceVariables,
    IDENTITY_PORT: port(4001),
    JWT_PRIVATE_KEY: pem,
    /** Lifetime of access tokens in seconds. */
    ACCESS_TOKEN_TTL: z.coerce.number().int().min(30).max(86_400).default(600),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    /** A member reconfirms position and organisation after this many months. */
    RECORD_CONFIRMATION_MONTHS: z.coerce.number().int().min(1).max(60).default(12),
    /** Address of the web client, for links in e-mails. */
    PUBLIC_URL: httpUrl.default('http://localhost:3000'),
    SMTP_URL: z
      .string()
      .refine((value) => /^smtps?:\/\/.+/.test(value), 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().default('Mreža <no-reply@mreza.local>'),
    /** Used by the seed command only. */
    MREZA_ADMIN_EMAIL: z.email().optional(),
    MREZA_ADMIN_PASSWORD: z.string().optional(),
    SEED_DEMO_DATA: booleanFlag(true),
  }),
);

export type IdentityConfig = ReturnType<typeof identityConfig.load>;

export const IDENTITY_CONFIG = Symbol('IDENTITY_CONFIG');

export const loadIdentityConfig = () =>
  identityConfig.load(inlineFileVariables(['JWT_PUBLIC_KEY', 'JWT_PRIVATE_KEY']));
