import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { DatabaseModule } from '@mreza/shared/database';
import { EventOutbox, OutboxEventEntity } from '@mreza/shared/events';
import { loggingModule, serviceStatusResolver, subgraphImports } from '@mreza/shared/service';
import { FeedResolver } from './feeds/feed.resolver';
import { FeedService } from './feeds/feed.service';
import { PostReadRepository } from './feeds/post-read.repository';
import { PostReadResolver } from './feeds/post-read.resolver';
import { PostReadService } from './feeds/post-read.service';
import { PostRepository } from './feeds/post.repository';
import { ReactionRepository } from './feeds/reaction.repository';
import { IdentityEventsConsumer } from './identity-events/identity-events.consumer';
import { MemberDirectoryResolver } from './membership/member-directory.resolver';
import { MemberDirectoryService } from './membership/member-directory.service';
import { MemberRepository } from './membership/member.repository';
import { MembersCsvController } from './membership/members-csv.controller';
import { MembershipRequestRepository } from './membership/membership-request.repository';
import { MembershipResolver } from './membership/membership.resolver';
import { MembershipService } from './membership/membership.service';
import { NetworkAccess } from './membership/network-access';
import { networksMigrations } from './migrations';
import type { NetworksConfig } from './networks.config';
import { networksEntities } from './networks.entities';
import { AnnouncementMailService } from './notification-mail/announcement-mail.service';
import { DIGEST_SCHEDULE } from './notification-mail/digest-period';
import { DigestRepository } from './notification-mail/digest.repository';
import { DigestScheduler } from './notification-mail/digest.scheduler';
import { DigestService } from './notification-mail/digest.service';
import { NotificationPreferencesRepository } from './notification-mail/notification-preferences.repository';
import { NotificationPreferencesResolver } from './notification-mail/notification-preferences.resolver';
import { NotificationPreferencesService } from './notification-mail/notification-preferences.service';
import { NetworkLoader } from './networks/network.loader';
import { NetworkRepository } from './networks/network.repository';
import { NetworkResolver } from './networks/network.resolver';
import { NetworkService } from './networks/network.service';
import { DiscussionNotificationService } from './notifications/discussion-notification.service';
import { NotificationRepository } from './notifications/notification.repository';
import { NotificationResolver } from './notifications/notification.resolver';
import { NotificationService } from './notifications/notification.service';
import { NotificationsConsumer } from './notifications/notifications.consumer';
import { MemberProfileRepository } from './profiles/member-profile.repository';
import { NetworksSeedService } from './seed/networks-seed.service';

const domainProviders = [
  NetworkRepository,
  NetworkService,
  MemberRepository,
  MembershipRequestRepository,
  MemberProfileRepository,
  NetworkAccess,
  MembershipService,
  MemberDirectoryService,
  PostRepository,
  ReactionRepository,
  PostReadRepository,
  FeedService,
  NotificationRepository,
  NotificationService,
  DiscussionNotificationService,
  NotificationPreferencesRepository,
  NotificationPreferencesService,
  AnnouncementMailService,
  DigestRepository,
  DigestService,
];

/**
 * The networks service: thematic networks, membership, feeds, in-app notifications and the
 * e-mail about them (sent by identity on this service's requests).
 */
@Module({})
export class NetworksModule {
  static forRoot(config: NetworksConfig): DynamicModule {
    return {
      module: NetworksModule,
      imports: subgraphImports({
        name: 'networks',
        config,
        entities: networksEntities,
        migrations: networksMigrations,
      }),
      controllers: [MembersCsvController],
      providers: [
        serviceStatusResolver('networks'),
        {
          provide: DIGEST_SCHEDULE,
          useValue: {
            enabled: config.NOTIFICATION_DIGESTS,
            hour: config.DIGEST_HOUR,
            timeZone: config.DIGEST_TIME_ZONE,
          },
        },
        ...domainProviders,
        // One per request: the DataLoaders of the request's look-ups.
        PostReadService,
        NetworkLoader,
        NetworksSeedService,
        NetworkResolver,
        MembershipResolver,
        MemberDirectoryResolver,
        FeedResolver,
        PostReadResolver,
        NotificationResolver,
        NotificationPreferencesResolver,
        IdentityEventsConsumer,
        NotificationsConsumer,
        DigestScheduler,
      ],
      exports: [MembershipService, MemberProfileRepository],
    };
  }

  /** Just the database and the seed, for the `seed` command. */
  static forSeed(config: Pick<NetworksConfig, 'DATABASE_URL'>): DynamicModule {
    return {
      module: NetworksModule,
      imports: [
        loggingModule('networks-seed', 'warn'),
        DatabaseModule.forService(() => ({
          schema: 'networks',
          url: config.DATABASE_URL,
          entities: [OutboxEventEntity, ...networksEntities],
          migrations: networksMigrations,
        })),
      ],
      providers: [
        NetworkRepository,
        MemberRepository,
        PostRepository,
        EventOutbox,
        NetworksSeedService,
      ],
    };
  }
}
