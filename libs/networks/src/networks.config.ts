import {
  booleanFlag,
  defineConfig,
  inlineFileVariables,
  port,
  serviceVariables,
  z,
} from '@mreza/shared/config';

const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

export const networksConfig = defineConfig(
  z.object({
    ...serviceVariables,
    NETWORKS_PORT: port(4002),
    /** The seed gives identity's demo members memberships and posts (as identity's seed does). */
    SEED_DEMO_DATA: booleanFlag(true),
    /** Whether this instance runs the digest e-mail job (any number of instances may). */
    NOTIFICATION_DIGESTS: booleanFlag(true),
    /** The local hour digests go out: daily, and on Mondays the weekly ones. */
    DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
    DIGEST_TIME_ZONE: z
      .string()
      .refine(isTimeZone, 'must be an IANA time zone such as Europe/Belgrade')
      .default('Europe/Belgrade'),
  }),
);

export type NetworksConfig = ReturnType<typeof networksConfig.load>;

export const loadNetworksConfig = () =>
  networksConfig.load(inlineFileVariables(['JWT_PUBLIC_KEY']));
