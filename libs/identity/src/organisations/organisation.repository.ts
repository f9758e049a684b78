import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Cursor, Page, Tx } from '@mreza/shared/database';
import { containsPattern, keysetPage, managerOf, toPage } from '@mreza/shared/database';
import { foldSerbian } from '@mreza/shared/text';
import type { OrganisationKind } from './organisation.entity';
import { OrganisationEntity } from './organisation.entity';

export interface OrganisationSearch {
  query?: string;
  kinds?: OrganisationKind[];
  district?: string;
  country?: string;
  includeArchived: boolean;
}

export type NewOrganisation = Pick<
  OrganisationEntity,
  'nameLatin' | 'nameCyrillic' | 'acronym' | 'kind' | 'district' | 'country'
>;

export const organisationSearchText = (
  organisation: Pick<OrganisationEntity, 'nameLatin' | 'nameCyrillic' | 'acronym'>,
) =>
  foldSerbian(
    [organisation.nameLatin, organisation.nameCyrillic, organisation.acronym ?? ''].join(' '),
  );

@Injectable()
export class OrganisationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, tx?: Tx): Promise<OrganisationEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(OrganisationEntity, { id });
  }

  findByName(country: string, nameLatin: string): Promise<OrganisationEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .where('o.country = :country AND lower(o.name_latin) = lower(:nameLatin)', {
        country,
        nameLatin,
      })
      .getOne();
  }

  findByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return this.dataSource.manager.findBy(OrganisationEntity, { id: In([...ids]) });
  }

  /** Ordered by Latin name, keyset-paginated. */
  async findPage(
    search: OrganisationSearch,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<OrganisationEntity>> {
    const query = this.dataSource.manager.createQueryBuilder(OrganisationEntity, 'o');
    if (!search.includeArchived) query.andWhere('o.archived_at IS NULL');
    if (search.kinds?.length) query.andWhere('o.kind IN (:...kinds)', { kinds: search.kinds });
    if (search.district) query.andWhere('o.district = :district', { district: search.district });
    if (search.country) query.andWhere('o.country = :country', { country: search.country });
    if (search.query) {
      // Either script, any case, with or without diacritics: "љубовија" finds "Ljubovija".
      query.andWhere('o.search_text LIKE :pattern', {
        pattern: containsPattern(foldSerbian(search.query)),
      });
    }
    // Sorted by the stored name: a cursor key made in JavaScript must compare as PostgreSQL does.
    keysetPage(query, {
      keys: ['o.name_latin', 'o.id'],
      direction: 'ASC',
      limit,
      after: cursor && [cursor.key, cursor.id],
    });
    return toPage(await query.getMany(), limit, (row) => ({ key: row.nameLatin, id: row.id }));
  }

  async insert(organisation: NewOrganisation, tx?: Tx): Promise<OrganisationEntity> {
    const manager = managerOf(this.dataSource, tx);
    const created = manager.create(OrganisationEntity, {
      ...organisation,
      searchText: organisationSearchText(organisation),
    });
    return manager.save(created);
  }

  async update(
    id: string,
    patch: Partial<NewOrganisation & { archivedAt: Date | null }>,
  ): Promise<void> {
    const renamed = [patch.nameLatin, patch.nameCyrillic, patch.acronym].some(
      (value) => value !== undefined,
    );
    const current = renamed ? await this.findById(id) : null;
    // The folded names follow the names, in the same statement.
    const searchText =
      current &&
      organisationSearchText({
        nameLatin: patch.nameLatin ?? current.nameLatin,
        nameCyrillic: patch.nameCyrillic ?? current.nameCyrillic,
        acronym: patch.acronym !== undefined ? patch.acronym : current.acronym,
      });
    await this.dataSource.manager.update(
      OrganisationEntity,
      { id },
      searchText ? { ...patch, searchText } : patch,
    );
  }

  /** Inserts what is missing (by country and Latin name); returns how many were added. */
  async insertMissing(organisations: readonly NewOrganisation[], tx?: Tx): Promise<number> {
    const manager = managerOf(this.dataSource, tx);
    let added = 0;
    for (const organisation of organisations) {
      const result: unknown[] = await manager.query(
        `INSERT INTO identity.organisations
           (name_latin, name_cyrillic, acronym, kind, district, country, search_text)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (country, lower(name_latin)) DO NOTHING RETURNING id`,
        [
          organisation.nameLatin,
          organisation.nameCyrillic,
          organisation.acronym,
          organisation.kind,
          organisation.district,
          organisation.country,
          organisationSearchText(organisation),
        ],
      );
      added += result.length;
    }
    return added;
  }

  async existsWithName(country: string, nameLatin: string, exceptId?: string): Promise<boolean> {
    const found = await this.findByName(country, nameLatin);
    return found !== null && found.id !== exceptId;
  }
}
