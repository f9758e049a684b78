import { Injectable } from '@nestjs/common';
import type { Page } from '@mreza/shared/database';
import { cursorFrom, rejectNulls } from '@mreza/shared/graphql';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.input';
import type { OrganisationEntity } from './organisation.entity';
import { DuplicateOrganisationError, UnknownOrganisationError } from './organisation.errors';
import type { OrganisationSearch } from './organisation.repository';
import { OrganisationRepository } from './organisation.repository';

@Injectable()
export class OrganisationService {
  constructor(private readonly organisations: OrganisationRepository) {}

  list(
    search: OrganisationSearch,
    first: number,
    after?: string,
  ): Promise<Page<OrganisationEntity>> {
    return this.organisations.findPage(search, cursorFrom(after), first);
  }

  async get(id: string): Promise<OrganisationEntity> {
    const organisation = await this.organisations.findById(id);
    if (!organisation) throw new UnknownOrganisationError();
    return organisation;
  }

  /** An organisation that exists and is not archived, for new members and invitations. */
  async requireActive(id: string): Promise<OrganisationEntity> {
    const organisation = await this.get(id);
    if (organisation.archivedAt) throw new UnknownOrganisationError();
    return organisation;
  }

  async create(input: CreateOrganisationInput): Promise<OrganisationEntity> {
    if (await this.organisations.existsWithName(input.country, input.nameLatin)) {
      throw new DuplicateOrganisationError(input.nameLatin);
    }
    return this.organisations.insert({
      nameLatin: input.nameLatin.trim(),
      nameCyrillic: input.nameCyrillic.trim(),
      acronym: input.acronym?.trim() || null,
      kind: input.kind,
      district: input.district?.trim() || null,
      country: input.country,
    });
  }

  async update({ id, ...patch }: UpdateOrganisationInput): Promise<OrganisationEntity> {
    rejectNulls(patch, ['nameLatin', 'nameCyrillic', 'kind', 'country']);
    const current = await this.get(id);
    const country = patch.country ?? current.country;
    const nameLatin = patch.nameLatin ?? current.nameLatin;
    if (await this.organisations.existsWithName(country, nameLatin, id)) {
      throw new DuplicateOrganisationError(nameLatin);
    }
    await this.organisations.update(id, patch);
    return this.get(id);
  }

  async setArchived(id: string, archived: boolean): Promise<OrganisationEntity> {
    await this.get(id);
    await this.organisations.update(id, { archivedAt: archived ? new Date() : null });
    return this.get(id);
  }
}
