import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { managerOf } from '@mreza/shared/database';
import type { TopicRecord } from './topic.entity';

interface RawTopic {
  id: string;
  slug: string;
  name_latin: string;
  name_cyrillic: string;
  name_english: string;
  archived: boolean;
}

const toRecord = (row: RawTopic): TopicRecord => ({
  id: row.id,
  slug: row.slug,
  nameLatin: row.name_latin,
  nameCyrillic: row.name_cyrillic,
  nameEnglish: row.name_english,
  archived: row.archived,
});

const COLUMNS = 'id, slug, name_latin, name_cyrillic, name_english, archived';

@Injectable()
export class TopicRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findAll(includeArchived: boolean): Promise<TopicRecord[]> {
    const rows = await this.dataSource.query<RawTopic[]>(
      `SELECT ${COLUMNS} FROM library.topics WHERE $1 OR NOT archived
       ORDER BY name_latin COLLATE "C", id`,
      [includeArchived],
    );
    return rows.map(toRecord);
  }

  async findByIds(ids: readonly string[], tx?: Tx): Promise<TopicRecord[]> {
    const rows = await managerOf(this.dataSource, tx).query<RawTopic[]>(
      `SELECT ${COLUMNS} FROM library.topics WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map(toRecord);
  }

  /** Null when the slug is taken. */
  async insert(topic: Omit<TopicRecord, 'id' | 'archived'>): Promise<TopicRecord | null> {
    const [row] = await this.dataSource.query<RawTopic[]>(
      `INSERT INTO library.topics (slug, name_latin, name_cyrillic, name_english)
       VALUES ($1, $2, $3, $4) ON CONFLICT (slug) DO NOTHING RETURNING ${COLUMNS}`,
      [topic.slug, topic.nameLatin, topic.nameCyrillic, topic.nameEnglish],
    );
    return row ? toRecord(row) : null;
  }

  async update(
    id: string,
    changes: Pick<TopicRecord, 'nameLatin' | 'nameCyrillic' | 'nameEnglish' | 'archived'>,
  ): Promise<TopicRecord | null> {
    const [rows] = await this.dataSource.query<[RawTopic[], number]>(
      `UPDATE library.topics SET name_latin = $2, name_cyrillic = $3, name_english = $4, archived = $5
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, changes.nameLatin, changes.nameCyrillic, changes.nameEnglish, changes.archived],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }
}
