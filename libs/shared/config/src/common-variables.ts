import { z } from 'zod';

/** Reusable validators for the variables several apps read. */
export const port = (fallback: number) =>
  z.coerce.number().int().min(0).max(65535).default(fallback);

export const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), 'must be a postgres:// URL');

export const redisUrl = z
  .string()
  .refine((value) => /^rediss?:\/\/.+/.test(value), 'must be a redis:// or rediss:// URL');

export const httpUrl = z.string().refine((value) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}, 'must be an http(s):// URL');

export const nodeEnv = z.enum(['development', 'production', 'test']).default('development');

export const logLevel = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');

export const booleanFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => ['true', '1', 'yes'].includes(value));

/** PEM text given inline, or a file path to read it from (`<NAME>` or `<NAME>_FILE`). */
export const pem = z.string().refine((value) => value.includes('-----BEGIN'), 'must be a PEM key');

/** Variables every service reads. */
export const serviceVariables = {
  NODE_ENV: nodeEnv,
  LOG_LEVEL: logLevel,
  /** Interface to listen on: loopback by default, 0.0.0.0 in containers. */
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: postgresUrl,
  JWT_PUBLIC_KEY: pem,
  JWT_ISSUER: z.string().default('mreza-identity'),
};
