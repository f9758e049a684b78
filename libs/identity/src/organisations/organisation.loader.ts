import { Injectable, Scope } from '@nestjs/common';
import { byIdLoader } from '@mreza/shared/graphql';
import { OrganisationRepository } from './organisation.repository';

/** Batches organisation look-ups of one request (a directory page names many). */
@Injectable({ scope: Scope.REQUEST })
export class OrganisationLoader {
  readonly byId = byIdLoader((ids) => this.organisations.findByIds(ids));

  constructor(private readonly organisations: OrganisationRepository) {}
}
