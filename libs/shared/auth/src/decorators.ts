import type { ExecutionContext } from '@nestjs/common';
import { createParamDecorator, SetMetadata } from '@nestjs/common';
import type { Role } from './auth-user';
import { requestOf } from './request-of';

export const IS_PUBLIC = 'mreza:isPublic';
export const REQUIRED_ROLES = 'mreza:requiredRoles';

/** Marks an operation that anonymous callers may use. Everything else requires a signed-in user. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Restricts an operation to users holding one of these platform roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The signed-in user (undefined on a public operation called anonymously). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => requestOf(context).user,
);
