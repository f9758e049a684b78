import type { Type } from '@nestjs/common';
import { IS_PUBLIC, REQUIRED_ROLES } from './decorators';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

export interface OperationAccess {
  operation: string;
  access: 'public' | 'signed-in' | string;
}

/**
 * Who may call each root Query and Mutation of the given resolvers, read from their decorators:
 * `public`, `signed-in`, or the roles required. Tests compare it with the intended table, so an
 * operation made public (or left open) by mistake fails a test.
 */
export function operationAccess(resolvers: Type[]): OperationAccess[] {
  const rows: OperationAccess[] = [];
  for (const resolver of resolvers) {
    const prototype = resolver.prototype as Record<string, unknown>;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[method];
      if (typeof handler !== 'function') continue;
      const type: unknown = Reflect.getMetadata(RESOLVER_TYPE, handler);
      if (type !== 'Query' && type !== 'Mutation') continue;
      const name = (Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? method;
      const isPublic =
        Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, resolver);
      const roles: string[] =
        Reflect.getMetadata(REQUIRED_ROLES, handler) ??
        Reflect.getMetadata(REQUIRED_ROLES, resolver) ??
        [];
      rows.push({
        operation: `${type} ${name}`,
        access: isPublic
          ? 'public'
          : roles.length > 0
            ? [...roles].sort().join(' | ')
            : 'signed-in',
      });
    }
  }
  return rows.sort((a, b) => a.operation.localeCompare(b.operation));
}
