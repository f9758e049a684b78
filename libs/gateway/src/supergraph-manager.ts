import type {
  GraphQLDataSource,
  SupergraphManager as ApolloSupergraphManager,
} from '@apollo/gateway';
import { IntrospectAndCompose } from '@apollo/gateway';
import { Logger } from '@nestjs/common';
import type { ApolloLogger } from './apollo-logger';

type InitializeOptions = Parameters<ApolloSupergraphManager['initialize']>[0];
type Initialized = Awaited<ReturnType<ApolloSupergraphManager['initialize']>>;

export type SubgraphStatus = 'up' | 'down' | 'unknown';

export interface SupergraphOptions {
  /** Subgraph name → GraphQL endpoint. */
  subgraphs: Record<string, string>;
  pollIntervalMs: number;
  startupTimeoutMs: number;
}

export interface SupergraphState {
  composed: boolean;
  subgraphs: Record<string, SubgraphStatus>;
}

export interface SupergraphManagerDependencies {
  /** Builds the manager doing one introspection and composition (then polling). */
  createInner?: (options: SupergraphOptions, logger: ApolloLogger) => ApolloSupergraphManager;
  sleep?: (ms: number) => Promise<void>;
}

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 5_000;

const introspectAndCompose = (options: SupergraphOptions, logger: ApolloLogger) =>
  new IntrospectAndCompose({
    subgraphs: Object.entries(options.subgraphs).map(([name, url]) => ({ name, url })),
    pollIntervalInMs: options.pollIntervalMs,
    logger,
  });

const oneLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, '; ');

/**
 * Composes the supergraph from the subgraphs' own schemas (IntrospectAndCompose). At start it
 * retries with backoff while subgraphs are still coming up, instead of failing on the first
 * refused connection; once composed, IntrospectAndCompose keeps polling, so a subgraph that
 * restarts with a new schema is picked up. Remembers each subgraph's last answer for `/health`.
 */
export class SupergraphManager implements ApolloSupergraphManager {
  private readonly logger = new Logger('Supergraph');
  private readonly statuses = new Map<string, SubgraphStatus>();
  private composed = false;
  private readonly createInner: NonNullable<SupergraphManagerDependencies['createInner']>;
  private readonly sleep: NonNullable<SupergraphManagerDependencies['sleep']>;

  constructor(
    private readonly options: SupergraphOptions,
    dependencies: SupergraphManagerDependencies = {},
  ) {
    this.createInner = dependencies.createInner ?? introspectAndCompose;
    this.sleep = dependencies.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    for (const name of Object.keys(options.subgraphs)) this.statuses.set(name, 'unknown');
  }

  state(): SupergraphState {
    return { composed: this.composed, subgraphs: Object.fromEntries(this.statuses) };
  }

  async initialize(hook: InitializeOptions): Promise<Initialized> {
    const deadline = Date.now() + this.options.startupTimeoutMs;
    const tracked: InitializeOptions = {
      ...hook,
      getDataSource: (subgraph) => this.track(subgraph.name, hook.getDataSource(subgraph)),
      update: (supergraphSdl) => {
        this.logger.log('Subgraph schemas changed; supergraph recomposed');
        hook.update(supergraphSdl);
      },
    };
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.createInner(this.options, this.pollLogger()).initialize(tracked);
        this.composed = true;
        this.logger.log(
          `Supergraph composed from ${Object.keys(this.options.subgraphs).join(', ')}`,
        );
        return result;
      } catch (error) {
        const wait = Math.min(FIRST_RETRY_MS * 2 ** (attempt - 1), MAX_RETRY_MS);
        if (Date.now() + wait > deadline) {
          const seconds = Math.round(this.options.startupTimeoutMs / 1000);
          throw new Error(`cannot compose the supergraph within ${seconds} s: ${oneLine(error)}`);
        }
        this.logger.warn(
          `Supergraph not composed yet (attempt ${attempt}), retrying in ${wait} ms: ${oneLine(error)}`,
        );
        await this.sleep(wait);
      }
    }
  }

  /** Polling failures are worth a warning once composed; during start-up the retry says it all. */
  private pollLogger(): ApolloLogger {
    const warn = (message: unknown) => {
      if (this.composed) this.logger.warn(`Keeping the current supergraph: ${oneLine(message)}`);
    };
    return { debug: () => undefined, info: () => undefined, warn, error: warn };
  }

  private track(name: string, dataSource: GraphQLDataSource): GraphQLDataSource {
    return {
      process: async (request) => {
        try {
          const response = await dataSource.process(request);
          this.statuses.set(name, response.errors?.length ? 'down' : 'up');
          return response;
        } catch (error) {
          this.statuses.set(name, 'down');
          throw error;
        }
      },
    };
  }
}
