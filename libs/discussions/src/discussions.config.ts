import { defineConfig, inlineFileVariables, port, serviceVariables, z } from '@mreza/shared/config';

export const discussionsConfig = defineConfig(
  z.object({ ...serviceVariables, DISCUSSIONS_PORT: port(4003) }),
);

export type DiscussionsConfig = ReturnType<typeof discussionsConfig.load>;

export const loadDiscussionsConfig = () =>
  discussionsConfig.load(inlineFileVariables(['JWT_PUBLIC_KEY']));
