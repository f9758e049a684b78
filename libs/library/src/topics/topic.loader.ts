import { Injectable, Scope } from '@nestjs/common';
import { byIdLoader } from '@mreza/shared/graphql';
import { TopicRepository } from './topic.repository';

/** Batches the topics of one request's documents. */
@Injectable({ scope: Scope.REQUEST })
export class TopicLoader {
  readonly byId = byIdLoader((ids) => this.topics.findByIds(ids));

  constructor(private readonly topics: TopicRepository) {}
}
