import {
  defineConfig,
  httpUrl,
  inlineFileVariables,
  port,
  serviceVariables,
  z,
} from '@mreza/shared/config';

export const searchConfig = defineConfig(
  z.object({
    ...serviceVariables,
    SEARCH_PORT: port(4005),
    /** With Meilisearch the index lives there; without it, PostgreSQL full-text search. */
    MEILISEARCH_URL: httpUrl.optional(),
    MEILISEARCH_KEY: z.string().min(1).optional(),
  }),
);

export type SearchConfig = ReturnType<typeof searchConfig.load>;

export const loadSearchConfig = () => searchConfig.load(inlineFileVariables(['JWT_PUBLIC_KEY']));
