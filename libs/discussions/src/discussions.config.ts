import {
  booleanFlag,
  defineConfig,
  inlineFileVariables,
  port,
  redisUrl,
  serviceVariables,
  z,
} from '@mreza/shared/config';

export const discussionsConfig = defineConfig(
  z.object({
    ...serviceVariables,
    DISCUSSIONS_PORT: port(4003),
    /** With Redis, Socket.IO events fan out to the clients of every discussions instance. */
    REDIS_URL: redisUrl.optional(),
    /** Demo threads for identity's demo members, written once their networks are known. */
    SEED_DEMO_DATA: booleanFlag(true),
  }),
);

export type DiscussionsConfig = ReturnType<typeof discussionsConfig.load>;

export const loadDiscussionsConfig = () =>
  discussionsConfig.load(inlineFileVariables(['JWT_PUBLIC_KEY']));
