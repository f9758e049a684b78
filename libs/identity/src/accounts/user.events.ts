import type { UserProfileChangedV1, UserStatusChangedV1 } from '@mreza/shared/events';
import type { UserEntity } from './user.entity';

export const profileChanged = (user: UserEntity): UserProfileChangedV1 => ({
  type: 'identity.user.profile-changed',
  version: 1,
  payload: {
    userId: user.id,
    displayName: `${user.firstName} ${user.lastName}`,
    organisationId: user.organisationId,
    position: user.position,
    expertise: user.expertise,
  },
});

export const statusChanged = (user: Pick<UserEntity, 'id' | 'status'>): UserStatusChangedV1 => ({
  type: 'identity.user.status-changed',
  version: 1,
  payload: { userId: user.id, status: user.status },
});
