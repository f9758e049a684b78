import type { OnApplicationBootstrap } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { EventConsumer } from '@mreza/shared/events';
import { SearchIndexer } from './search-indexer';

export const SEARCH_INDEX_QUEUE = 'search.index';

/**
 * Consumes the search queue: every event once (the inbox), retried with backoff when the
 * engine is down; events written while search was stopped wait in the queue.
 */
@Injectable()
export class SearchIndexConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly indexer: SearchIndexer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.consume(SEARCH_INDEX_QUEUE, (event, tx) => this.indexer.handle(event, tx));
  }
}
