import { Injectable, Scope } from '@nestjs/common';
import { byIdLoader } from '@mreza/shared/graphql';
import { UserRepository } from './user.repository';

/** Batches user look-ups of one request (federation references from a feed name many authors). */
@Injectable({ scope: Scope.REQUEST })
export class UserLoader {
  readonly byId = byIdLoader((ids) => this.users.findByIds(ids));

  constructor(private readonly users: UserRepository) {}
}
