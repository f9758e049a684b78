import { NetworkPostEntity } from './feeds/post.entity';
import { MembershipRequestEntity } from './membership/membership-request.entity';
import { NetworkMemberEntity } from './membership/network-member.entity';
import { NetworkEntity } from './networks/network.entity';
import { NotificationPreferencesEntity } from './notification-mail/notification-preferences.entity';
import { NotificationEntity } from './notifications/notification.entity';
import { MemberProfileEntity } from './profiles/member-profile.entity';

export const networksEntities = [
  NetworkEntity,
  NetworkMemberEntity,
  MembershipRequestEntity,
  MemberProfileEntity,
  NetworkPostEntity,
  NotificationEntity,
  NotificationPreferencesEntity,
];
