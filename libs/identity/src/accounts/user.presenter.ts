import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@mreza/shared/auth';
import { IDENTITY_CONFIG, type IdentityConfig } from '../identity.config';
import { isReconfirmationDue } from '../records/record-freshness';
import type { UserEntity } from './user.entity';
import { UserStatus } from './user.entity';
import { toUserObject } from './user.mapper';
import type { UserObject } from './user.object';

/** Turns a user row into what the viewer may see of it. */
@Injectable()
export class UserPresenter {
  constructor(@Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig) {}

  present(user: UserEntity, viewer: AuthUser | undefined): UserObject {
    const due =
      user.status === UserStatus.ACTIVE &&
      isReconfirmationDue(
        user.recordConfirmedAt,
        new Date(),
        this.config.RECORD_CONFIRMATION_MONTHS,
      );
    return toUserObject(user, viewer, due);
  }
}
