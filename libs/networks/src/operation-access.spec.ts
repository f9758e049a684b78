import { operationAccess } from '@mreza/shared/auth';
import { FeedResolver } from './feeds/feed.resolver';
import { PostReadResolver } from './feeds/post-read.resolver';
import { MemberDirectoryResolver } from './membership/member-directory.resolver';
import { MembershipResolver } from './membership/membership.resolver';
import { NetworkResolver } from './networks/network.resolver';
import { NotificationPreferencesResolver } from './notification-mail/notification-preferences.resolver';
import { NotificationResolver } from './notifications/notification.resolver';

describe('networks operation access', () => {
  it('matches the intended table: a new or changed operation must be added here on purpose', () => {
    const table = Object.fromEntries(
      operationAccess([
        NetworkResolver,
        MembershipResolver,
        MemberDirectoryResolver,
        FeedResolver,
        PostReadResolver,
        NotificationResolver,
        NotificationPreferencesResolver,
      ]).map(({ operation, access }) => [operation, access]),
    );
    // Network-level rules (coordinators, closed networks) are checked in the services and
    // pinned by authorization.integration-spec.ts.
    expect(table).toEqual({
      'Mutation addNetworkMember': 'signed-in',
      'Mutation createNetwork': 'ADMIN',
      'Mutation createPost': 'signed-in',
      'Mutation deletePost': 'signed-in',
      'Mutation editPost': 'signed-in',
      'Mutation decideMembership': 'signed-in',
      'Mutation joinNetwork': 'signed-in',
      'Mutation leaveNetwork': 'signed-in',
      'Mutation markAnnouncementsRead': 'signed-in',
      'Mutation markNotificationsRead': 'signed-in',
      'Mutation pinPost': 'signed-in',
      'Mutation publishAnnouncement': 'signed-in',
      'Mutation react': 'signed-in',
      'Mutation removeNetworkMember': 'signed-in',
      'Mutation setNetworkArchived': 'ADMIN',
      'Mutation setNetworkRole': 'signed-in',
      'Mutation unreact': 'signed-in',
      'Mutation updateNetwork': 'ADMIN',
      'Mutation updateNotificationPreferences': 'signed-in',
      'Query homeFeed': 'signed-in',
      'Query membershipRequests': 'signed-in',
      'Query network': 'signed-in',
      'Query networkFeed': 'signed-in',
      'Query networkMembers': 'signed-in',
      'Query networks': 'signed-in',
      'Query notificationPreferences': 'signed-in',
      'Query notifications': 'signed-in',
      'Query unreadNotificationCount': 'signed-in',
    });
  });
});
