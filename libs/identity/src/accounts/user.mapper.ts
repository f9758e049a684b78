import type { AuthUser } from '@mreza/shared/auth';
import { isStaff } from '@mreza/shared/auth';
import type { UserEntity } from './user.entity';
import { ContactVisibility, UserStatus } from './user.entity';
import type { UserObject } from './user.object';

/** Contact details go to the person, to staff, and to members only when the person allows it. */
export function canSeeContact(user: UserEntity, viewer: AuthUser | undefined): boolean {
  if (!viewer) return false;
  if (viewer.id === user.id || isStaff(viewer)) return true;
  return user.status === UserStatus.ACTIVE && user.contactVisibility === ContactVisibility.MEMBERS;
}

export function toUserObject(
  user: UserEntity,
  viewer: AuthUser | undefined,
  reconfirmationDue: boolean,
): UserObject {
  const contact = canSeeContact(user, viewer);
  return {
    id: user.id,
    email: contact ? user.email : null,
    firstName: user.firstName,
    lastName: user.lastName,
    displayName: `${user.firstName} ${user.lastName}`,
    organisationId: user.organisationId,
    position: user.position,
    expertise: user.expertise,
    languages: user.languages,
    phone: contact ? user.phone : null,
    contactVisibility: user.contactVisibility,
    role: user.role,
    status: user.status,
    isLiaisonOfficer: user.isLiaisonOfficer,
    interfaceLanguage: user.interfaceLanguage,
    recordConfirmedAt: user.recordConfirmedAt,
    recordReconfirmationDue: reconfirmationDue,
    leftAt: user.leftAt,
    successorId: user.successorId,
    createdAt: user.createdAt,
  };
}
