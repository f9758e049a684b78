import { defineConfig, inlineFileVariables, port, serviceVariables, z } from '@mreza/shared/config';

export const searchConfig = defineConfig(
  z.object({ ...serviceVariables, SEARCH_PORT: port(4005) }),
);

export type SearchConfig = ReturnType<typeof searchConfig.load>;

export const loadSearchConfig = () => searchConfig.load(inlineFileVariables(['JWT_PUBLIC_KEY']));
