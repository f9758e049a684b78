import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { managerOf } from '@mreza/shared/database';
import type { CollectionRecord } from './collection.entity';

const SELECT = `SELECT c.id, c.title, c.description, c.network_id, c.created_by, c.created_at,
  c.updated_at, coalesce((SELECT array_agg(i.document_id ORDER BY i.position)
    FROM library.collection_items i WHERE i.collection_id = c.id), '{}') AS document_ids
  FROM library.collections c`;

interface RawCollection {
  id: string;
  title: string;
  description: string;
  network_id: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  document_ids: string[];
}

const toRecord = (row: RawCollection): CollectionRecord => ({
  id: row.id,
  title: row.title,
  description: row.description,
  networkId: row.network_id,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  documentIds: row.document_ids,
});

@Injectable()
export class CollectionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    collection: Pick<CollectionRecord, 'title' | 'description' | 'networkId' | 'createdBy'>,
    tx: Tx,
  ): Promise<string> {
    const [row] = await managerOf(this.dataSource, tx).query<{ id: string }[]>(
      `INSERT INTO library.collections (title, description, network_id, created_by)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [collection.title, collection.description, collection.networkId, collection.createdBy],
    );
    return row.id;
  }

  async update(id: string, title: string, description: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE library.collections SET title = $2, description = $3,
         updated_at = date_trunc('milliseconds', clock_timestamp()) WHERE id = $1`,
      [id, title, description],
    );
  }

  /** Replaces the ordered documents of the collection. */
  async setDocuments(id: string, documentIds: string[], tx: Tx): Promise<void> {
    const manager = managerOf(this.dataSource, tx);
    await manager.query(`DELETE FROM library.collection_items WHERE collection_id = $1`, [id]);
    if (documentIds.length > 0) {
      await manager.query(
        `INSERT INTO library.collection_items (collection_id, document_id, position)
         SELECT $1, document_id, position::int - 1
         FROM unnest($2::uuid[]) WITH ORDINALITY AS t(document_id, position)`,
        [id, documentIds],
      );
    }
    await manager.query(
      `UPDATE library.collections SET updated_at = date_trunc('milliseconds', clock_timestamp())
       WHERE id = $1`,
      [id],
    );
  }

  async delete(id: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(`DELETE FROM library.collections WHERE id = $1`, [
      id,
    ]);
  }

  async findById(id: string, tx?: Tx): Promise<CollectionRecord | null> {
    const [row] = await managerOf(this.dataSource, tx).query<RawCollection[]>(
      `${SELECT} WHERE c.id = $1`,
      [id],
    );
    return row ? toRecord(row) : null;
  }

  async findForUpdate(id: string, tx: Tx): Promise<CollectionRecord | null> {
    await managerOf(this.dataSource, tx).query(
      `SELECT id FROM library.collections WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return this.findById(id, tx);
  }

  /** A network's collections (or, without one, those of no network), newest first. */
  async findByNetwork(networkId: string | null): Promise<CollectionRecord[]> {
    const rows = await this.dataSource.query<RawCollection[]>(
      `${SELECT} WHERE c.network_id IS NOT DISTINCT FROM $1::uuid
       ORDER BY c.created_at DESC, c.id DESC LIMIT 200`,
      [networkId],
    );
    return rows.map(toRecord);
  }
}
