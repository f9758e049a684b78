import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReactionTable } from '@mreza/shared/database';
import type { PostReaction } from './post.entity';

@Injectable()
export class PostReactionRepository extends ReactionTable<PostReaction> {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource, 'discussions.post_reactions');
  }
}
