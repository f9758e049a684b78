import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { serviceStatusResolver, subgraphImports } from '@mreza/shared/service';
import { DiscussionAccess } from './access/discussion-access';
import type { DiscussionsConfig } from './discussions.config';
import { discussionsEntities } from './discussions.entities';
import { discussionsMigrations } from './migrations';
import { FlagRepository } from './moderation/flag.repository';
import { HoldService } from './moderation/hold.service';
import { ModerationLogRepository } from './moderation/moderation-log.repository';
import { ModerationRulesRepository } from './moderation/moderation-rules.repository';
import { ModerationResolver } from './moderation/moderation.resolver';
import { ModerationService } from './moderation/moderation.service';
import { MuteRepository } from './moderation/mute.repository';
import { PostReactionRepository } from './posts/post-reaction.repository';
import { PostRepository } from './posts/post.repository';
import { PostResolver } from './posts/post.resolver';
import { PostService } from './posts/post.service';
import { DiscussionsGateway } from './realtime/discussions.gateway';
import { DiscussionsRealtime } from './realtime/discussions-realtime';
import { realtimeFanoutProvider } from './realtime/realtime-fanout';
import { RealtimeService } from './realtime/realtime.service';
import { ReplicaEventsConsumer } from './replicas/replica-events.consumer';
import { ReplicaRepository } from './replicas/replica.repository';
import { demoDiscussionsSeederProvider } from './seed/demo-discussions.seeder';
import { ThreadRepository } from './threads/thread.repository';
import { ThreadResolver } from './threads/thread.resolver';
import { ThreadService } from './threads/thread.service';

const domainProviders = [
  ReplicaRepository,
  DiscussionAccess,
  ThreadRepository,
  ThreadService,
  PostRepository,
  PostReactionRepository,
  PostService,
  FlagRepository,
  MuteRepository,
  ModerationRulesRepository,
  ModerationLogRepository,
  HoldService,
  ModerationService,
  DiscussionsRealtime,
  RealtimeService,
];

/** The discussions service: threads, posts, moderation, and their live Socket.IO side. */
@Module({})
export class DiscussionsModule {
  static forRoot(config: DiscussionsConfig): DynamicModule {
    return {
      module: DiscussionsModule,
      imports: subgraphImports({
        name: 'discussions',
        config,
        entities: discussionsEntities,
        migrations: discussionsMigrations,
      }),
      providers: [
        serviceStatusResolver('discussions'),
        ...domainProviders,
        realtimeFanoutProvider(config.REDIS_URL),
        demoDiscussionsSeederProvider(config.SEED_DEMO_DATA),
        ThreadResolver,
        PostResolver,
        ModerationResolver,
        DiscussionsGateway,
        ReplicaEventsConsumer,
      ],
    };
  }
}
