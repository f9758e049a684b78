import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@mreza/shared/database';
import { managerOf } from '@mreza/shared/database';
import type { UploadRecord } from './upload.entity';

interface RawUpload {
  id: string;
  owner_id: string;
  object_key: string;
  filename: string;
  content_type: string;
  size: string;
  created_at: Date;
  expires_at: Date;
}

const toRecord = (row: RawUpload): UploadRecord => ({
  id: row.id,
  ownerId: row.owner_id,
  objectKey: row.object_key,
  filename: row.filename,
  contentType: row.content_type,
  size: Number(row.size),
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

const COLUMNS = 'id, owner_id, object_key, filename, content_type, size, created_at, expires_at';

@Injectable()
export class UploadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(upload: Omit<UploadRecord, 'createdAt'>): Promise<UploadRecord> {
    const [row] = await this.dataSource.query<RawUpload[]>(
      `INSERT INTO library.uploads (id, owner_id, object_key, filename, content_type, size, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [
        upload.id,
        upload.ownerId,
        upload.objectKey,
        upload.filename,
        upload.contentType,
        upload.size,
        upload.expiresAt,
      ],
    );
    return toRecord(row);
  }

  async findById(id: string, tx?: Tx): Promise<UploadRecord | null> {
    const [row] = await managerOf(this.dataSource, tx).query<RawUpload[]>(
      `SELECT ${COLUMNS} FROM library.uploads WHERE id = $1`,
      [id],
    );
    return row ? toRecord(row) : null;
  }

  /** Takes the upload for this transaction: the sweep and a second use wait, then miss it. */
  async take(id: string, tx: Tx): Promise<UploadRecord | null> {
    // A DELETE answers [rows, count] in TypeORM's PostgreSQL driver.
    const [rows] = await managerOf(this.dataSource, tx).query<[RawUpload[], number]>(
      `DELETE FROM library.uploads WHERE id = $1 AND expires_at > now() RETURNING ${COLUMNS}`,
      [id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM library.uploads WHERE id = $1`, [id]);
  }

  async countWaiting(ownerId: string, now: Date): Promise<number> {
    const [row] = await this.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM library.uploads WHERE owner_id = $1 AND expires_at > $2`,
      [ownerId, now],
    );
    return Number(row.count);
  }

  /** Expired uploads, oldest first; `release` deletes their rows once their objects are gone. */
  async findExpired(now: Date, limit: number): Promise<UploadRecord[]> {
    const rows = await this.dataSource.query<RawUpload[]>(
      `SELECT ${COLUMNS} FROM library.uploads WHERE expires_at <= $1 ORDER BY expires_at LIMIT $2`,
      [now, limit],
    );
    return rows.map(toRecord);
  }

  async deleteMany(ids: string[]): Promise<void> {
    await this.dataSource.query(`DELETE FROM library.uploads WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
