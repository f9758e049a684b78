import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Cursor, Page, Tx } from '@mreza/shared/database';
import { containsPattern, managerOf, toPage } from '@mreza/shared/database';
import { foldSerbian } from '@mreza/shared/text';
import { NetworkEntity } from './network.entity';

export interface NetworkSearch {
  query?: string;
  includeArchived: boolean;
}

export type NetworkFields = Pick<
  NetworkEntity,
  | 'slug'
  | 'nameLatin'
  | 'nameCyrillic'
  | 'nameEnglish'
  | 'descriptionLatin'
  | 'descriptionCyrillic'
  | 'descriptionEnglish'
  | 'visibility'
>;

const searchTextOf = (network: NetworkFields) =>
  foldSerbian(
    [network.slug, network.nameLatin, network.nameCyrillic, network.nameEnglish].join(' '),
  );

/** Serbian alphabetical order (migration 700 creates the collation; its index serves it). */
const NAME_ORDER = 'n.name_latin COLLATE networks.serbian';

@Injectable()
export class NetworkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, tx?: Tx): Promise<NetworkEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(NetworkEntity, { id });
  }

  findByIds(ids: readonly string[]): Promise<NetworkEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.findBy(NetworkEntity, { id: In([...ids]) });
  }

  findBySlug(slug: string, tx?: Tx): Promise<NetworkEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(NetworkEntity, { slug });
  }

  /** Locks the network for the rest of the transaction: membership changes take turns. */
  findForUpdate(id: string, tx: Tx): Promise<NetworkEntity | null> {
    return managerOf(this.dataSource, tx).findOne(NetworkEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * By Latin name in Serbian alphabetical order, keyset-paginated; the query matches any script,
   * with or without diacritics.
   */
  async findPage(
    search: NetworkSearch,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<NetworkEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(NetworkEntity, 'n')
      .orderBy(NAME_ORDER)
      .addOrderBy('n.id')
      .limit(limit + 1);
    if (!search.includeArchived) query.andWhere('n.archived_at IS NULL');
    if (search.query) {
      query.andWhere('n.search_text LIKE :pattern', {
        pattern: containsPattern(foldSerbian(search.query)),
      });
    }
    if (cursor) {
      query.andWhere(`(${NAME_ORDER}, n.id) > (:key, :id)`, { key: cursor.key, id: cursor.id });
    }
    const rows = await query.getMany();
    return toPage(rows, limit, (row) => ({ key: row.nameLatin, id: row.id }));
  }

  async insert(network: NetworkFields, tx: Tx): Promise<NetworkEntity> {
    const manager = managerOf(this.dataSource, tx);
    const saved = await manager.save(
      manager.create(NetworkEntity, { ...network, searchText: searchTextOf(network) }),
    );
    return manager.findOneByOrFail(NetworkEntity, { id: saved.id });
  }

  async update(
    id: string,
    fields: NetworkFields & { archivedAt: Date | null },
    tx: Tx,
  ): Promise<NetworkEntity> {
    const manager = managerOf(this.dataSource, tx);
    await manager.update(NetworkEntity, { id }, { ...fields, searchText: searchTextOf(fields) });
    return manager.findOneByOrFail(NetworkEntity, { id });
  }

  async slugTaken(slug: string, exceptId?: string, tx?: Tx): Promise<boolean> {
    const found = await managerOf(this.dataSource, tx).findOneBy(NetworkEntity, { slug });
    return found !== null && found.id !== exceptId;
  }

  /** Inserts the networks whose slug is not taken yet; returns those added. */
  async insertMissing(networks: readonly NetworkFields[], tx: Tx): Promise<NetworkEntity[]> {
    const manager = managerOf(this.dataSource, tx);
    const added: NetworkEntity[] = [];
    for (const network of networks) {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(NetworkEntity)
        .values({ ...network, searchText: searchTextOf(network) })
        .orIgnore()
        .returning('id')
        .execute();
      const [row] = result.raw as { id: string }[];
      if (row) added.push(await manager.findOneByOrFail(NetworkEntity, { id: row.id }));
    }
    return added;
  }
}
