import { ThreadPostEntity } from './posts/post.entity';
import { ThreadEntity } from './threads/thread.entity';

export const discussionsEntities = [ThreadEntity, ThreadPostEntity];
