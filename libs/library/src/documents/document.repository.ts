import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Cursor, Page, Tx } from '@mreza/shared/database';
import { managerOf, toPage } from '@mreza/shared/database';
import type { ReaderScope } from '../access/library-access';
import type {
  DeletedDocument,
  DocumentMetadata,
  DocumentRecord,
  ExtractionStatus,
  VersionRecord,
} from './document.entity';

const VERSION_COLUMNS = `v.id, v.document_id, v.number, v.object_key, v.filename, v.file_kind,
  v.mime_type, v.size, v.note, v.uploaded_by, v.created_at, v.extraction_status, v.extracted_pages,
  v.thumbnail_key`;

const DOCUMENT_SELECT = `SELECT d.id, d.kind, d.title, d.summary, d.visibility, d.network_ids,
  d.organisation_id, d.topic_ids, d.tags, d.languages, d.year, d.author_name, d.contact, d.licence,
  d.good_practice, d.created_by, d.created_at, d.updated_at, d.deleted_at, to_jsonb(cv) AS current
  FROM library.documents d
  CROSS JOIN LATERAL (SELECT ${VERSION_COLUMNS} FROM library.document_versions v
    WHERE v.document_id = d.id ORDER BY v.number DESC LIMIT 1) cv`;

interface RawVersion {
  id: string;
  document_id: string;
  number: number;
  object_key: string;
  filename: string;
  file_kind: string;
  mime_type: string;
  size: string | number;
  note: string | null;
  uploaded_by: string;
  created_at: Date | string;
  extraction_status: ExtractionStatus;
  extracted_pages: number | null;
  thumbnail_key: string | null;
}

interface RawDocument {
  id: string;
  kind: DocumentRecord['kind'];
  title: string;
  summary: string;
  visibility: DocumentRecord['visibility'];
  network_ids: string[];
  organisation_id: string | null;
  topic_ids: string[];
  tags: string[];
  languages: string[];
  year: number | null;
  author_name: string | null;
  contact: string | null;
  licence: string | null;
  good_practice: DocumentRecord['goodPractice'];
  created_by: string;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
  current: RawVersion;
}

const toVersion = (row: RawVersion): VersionRecord => ({
  id: row.id,
  documentId: row.document_id,
  number: row.number,
  objectKey: row.object_key,
  filename: row.filename,
  fileKind: row.file_kind,
  mimeType: row.mime_type,
  size: Number(row.size),
  note: row.note,
  uploadedBy: row.uploaded_by,
  createdAt: new Date(row.created_at),
  extractionStatus: row.extraction_status,
  extractedPages: row.extracted_pages,
  thumbnailKey: row.thumbnail_key,
});

const toDocument = (row: RawDocument): DocumentRecord => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  summary: row.summary,
  visibility: row.visibility,
  networkIds: row.network_ids,
  organisationId: row.organisation_id,
  topicIds: row.topic_ids,
  tags: row.tags,
  languages: row.languages,
  year: row.year,
  authorName: row.author_name,
  contact: row.contact,
  licence: row.licence,
  goodPractice: row.good_practice,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
  current: toVersion(row.current),
});

const metadataParams = (m: DocumentMetadata) => [
  m.kind,
  m.title,
  m.summary,
  m.visibility,
  m.networkIds,
  m.organisationId,
  m.topicIds,
  m.tags,
  m.languages,
  m.year,
  m.authorName,
  m.contact,
  m.licence,
  m.goodPractice === null ? null : JSON.stringify(m.goodPractice),
];

export interface NewVersion {
  documentId: string;
  objectKey: string;
  filename: string;
  fileKind: string;
  mimeType: string;
  size: number;
  note: string | null;
  uploadedBy: string;
}

export interface DocumentFilter {
  networkId?: string;
  kind?: DocumentRecord['kind'];
  topicId?: string;
  tag?: string;
  language?: string;
  year?: number;
  organisationId?: string;
}

/** The SQL condition for "the viewer may read it"; `$1` holds the viewer's network ids. */
const READABLE = (scope: ReaderScope) =>
  !scope.signedIn
    ? `(d.visibility = 'PUBLIC' AND cardinality($1::uuid[]) = 0)`
    : scope.staff
      ? `cardinality($1::uuid[]) >= 0`
      : `(d.visibility IN ('PUBLIC','ALL_MEMBERS') OR d.network_ids && $1::uuid[])`;

@Injectable()
export class DocumentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new document; `id` only for fixed ids (the demo seed), generated otherwise. */
  async insert(
    metadata: DocumentMetadata,
    createdBy: string,
    tx: Tx,
    id: string | null = null,
  ): Promise<string> {
    const [row] = await managerOf(this.dataSource, tx).query<{ id: string }[]>(
      `INSERT INTO library.documents (kind, title, summary, visibility, network_ids, organisation_id,
         topic_ids, tags, languages, year, author_name, contact, licence, good_practice, created_by,
         id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
         coalesce($16::uuid, gen_random_uuid())) RETURNING id`,
      [...metadataParams(metadata), createdBy, id],
    );
    return row.id;
  }

  async update(id: string, metadata: DocumentMetadata, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE library.documents SET kind = $1, title = $2, summary = $3, visibility = $4,
         network_ids = $5, organisation_id = $6, topic_ids = $7, tags = $8, languages = $9,
         year = $10, author_name = $11, contact = $12, licence = $13, good_practice = $14,
         updated_at = date_trunc('milliseconds', clock_timestamp())
       WHERE id = $15`,
      [...metadataParams(metadata), id],
    );
  }

  async touch(id: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE library.documents SET updated_at = date_trunc('milliseconds', clock_timestamp())
       WHERE id = $1`,
      [id],
    );
  }

  async softDelete(id: string, actorId: string, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE library.documents SET deleted_at = now(), deleted_by = $2 WHERE id = $1`,
      [id, actorId],
    );
  }

  /** The next version of the document (the first when `number` is 1). */
  async insertVersion(version: NewVersion, tx: Tx): Promise<VersionRecord> {
    const [row] = await managerOf(this.dataSource, tx).query<RawVersion[]>(
      `INSERT INTO library.document_versions AS v (document_id, number, object_key, filename,
         file_kind, mime_type, size, note, uploaded_by)
       VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM library.document_versions
                    WHERE document_id = $1), $2, $3, $4, $5, $6, $7, $8)
       RETURNING ${VERSION_COLUMNS}`,
      [
        version.documentId,
        version.objectKey,
        version.filename,
        version.fileKind,
        version.mimeType,
        version.size,
        version.note,
        version.uploadedBy,
      ],
    );
    return toVersion(row);
  }

  async findById(id: string, tx?: Tx): Promise<DocumentRecord | null> {
    const [row] = await managerOf(this.dataSource, tx).query<RawDocument[]>(
      `${DOCUMENT_SELECT} WHERE d.id = $1`,
      [id],
    );
    return row ? toDocument(row) : null;
  }

  /** Locks the document row so concurrent versions and edits queue up. */
  async findForUpdate(id: string, tx: Tx): Promise<DocumentRecord | null> {
    await managerOf(this.dataSource, tx).query(
      `SELECT id FROM library.documents WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return this.findById(id, tx);
  }

  async findByIds(ids: readonly string[]): Promise<DocumentRecord[]> {
    const rows = await this.dataSource.query<RawDocument[]>(
      `${DOCUMENT_SELECT} WHERE d.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map(toDocument);
  }

  /** The versions of several documents, newest first, in one query. */
  async versionsOfMany(documentIds: readonly string[]): Promise<VersionRecord[]> {
    const rows = await this.dataSource.query<RawVersion[]>(
      `SELECT ${VERSION_COLUMNS} FROM library.document_versions v
       WHERE v.document_id = ANY($1::uuid[]) ORDER BY v.document_id, v.number DESC`,
      [documentIds],
    );
    return rows.map(toVersion);
  }

  async findVersion(versionId: string, tx?: Tx): Promise<VersionRecord | null> {
    const [row] = await managerOf(this.dataSource, tx).query<RawVersion[]>(
      `SELECT ${VERSION_COLUMNS} FROM library.document_versions v WHERE v.id = $1`,
      [versionId],
    );
    return row ? toVersion(row) : null;
  }

  /** Records how extraction went, with the key of the first page's thumbnail when one was stored. */
  async setExtraction(
    versionId: string,
    outcome: {
      status: ExtractionStatus;
      pages: number | null;
      failure: string | null;
      thumbnailKey: string | null;
    },
    tx: Tx,
  ): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `UPDATE library.document_versions
       SET extraction_status = $2, extracted_pages = $3, extraction_failure = $4,
         thumbnail_key = $5, extraction_claimed_by = NULL, extraction_claimed_until = NULL
       WHERE id = $1`,
      [versionId, outcome.status, outcome.pages, outcome.failure, outcome.thumbnailKey],
    );
  }

  /** Deleted documents whose files are still kept, most recently deleted first. */
  async findDeletedPage(cursor: Cursor | undefined, limit: number): Promise<Page<DeletedDocument>> {
    const rows = await this.dataSource.query<
      {
        id: string;
        title: string;
        kind: DocumentRecord['kind'];
        deleted_at: Date;
        deleted_by: string;
      }[]
    >(
      `SELECT id, title, kind, deleted_at, deleted_by FROM library.documents
       WHERE deleted_at IS NOT NULL AND purged_at IS NULL
         AND ($1::timestamptz IS NULL OR (deleted_at, id) < ($1::timestamptz, $2::uuid))
       ORDER BY deleted_at DESC, id DESC LIMIT $3`,
      [cursor?.key ?? null, cursor?.id ?? null, limit + 1],
    );
    const deleted = rows.map((row) => ({
      id: row.id,
      title: row.title,
      kind: row.kind,
      deletedAt: new Date(row.deleted_at),
      deletedBy: row.deleted_by,
    }));
    return toPage(deleted, limit, (document) => ({
      key: document.deletedAt.toISOString(),
      id: document.id,
    }));
  }

  /** Undeletes a document whose files are still kept; false when there is none such. */
  async restore(id: string, tx: Tx): Promise<boolean> {
    const rows: unknown[] = await managerOf(this.dataSource, tx).query(
      `WITH restored AS (
         UPDATE library.documents SET deleted_at = NULL, deleted_by = NULL,
           updated_at = date_trunc('milliseconds', clock_timestamp())
         WHERE id = $1 AND deleted_at IS NOT NULL AND purged_at IS NULL RETURNING id)
       SELECT id FROM restored`,
      [id],
    );
    return rows.length > 0;
  }

  /**
   * Documents deleted before `before` whose files are still kept, with the keys of every object
   * of their versions: the files and their thumbnails.
   */
  async findPurgeable(
    before: Date,
    limit: number,
  ): Promise<{ id: string; versionIds: string[]; objectKeys: string[] }[]> {
    const rows = await this.dataSource.query<
      { id: string; version_ids: string[]; object_keys: string[] }[]
    >(
      `SELECT d.id, array_agg(v.id) AS version_ids,
         array_agg(v.object_key) || array_remove(array_agg(v.thumbnail_key), NULL) AS object_keys
       FROM library.documents d JOIN library.document_versions v ON v.document_id = d.id
       WHERE d.deleted_at < $1 AND d.purged_at IS NULL
       GROUP BY d.id ORDER BY min(d.deleted_at) LIMIT $2`,
      [before, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      versionIds: row.version_ids,
      objectKeys: row.object_keys,
    }));
  }

  /** Marks documents' files gone and forgets their versions' texts. */
  async markPurged(documentIds: string[], versionIds: string[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM library.version_texts WHERE version_id = ANY($1::uuid[])`, [
        versionIds,
      ]);
      await manager.query(
        `UPDATE library.documents SET purged_at = date_trunc('milliseconds', clock_timestamp())
         WHERE id = ANY($1::uuid[])`,
        [documentIds],
      );
    });
  }

  /** A version's extracted text, when it was extracted. */
  async findText(versionId: string, tx?: Tx): Promise<{ text: string; truncated: boolean } | null> {
    const [row] = await managerOf(this.dataSource, tx).query<
      { text: string; truncated: boolean }[]
    >(`SELECT text, truncated FROM library.version_texts WHERE version_id = $1`, [versionId]);
    return row ?? null;
  }

  /** Keeps a version's extracted text (read by the search index's rebuild). */
  async saveText(versionId: string, text: string, truncated: boolean, tx: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).query(
      `INSERT INTO library.version_texts (version_id, text, truncated) VALUES ($1, $2, $3)
       ON CONFLICT (version_id) DO UPDATE SET text = EXCLUDED.text, truncated = EXCLUDED.truncated,
         extracted_at = date_trunc('milliseconds', clock_timestamp())`,
      [versionId, text, truncated],
    );
  }

  /**
   * Claims a PENDING version for extraction by `claimant` until `leaseSeconds` from now, unless
   * another claim is still running. Returns the version when claimed; null when it needs no
   * extraction any more; 'CLAIMED' when someone else is extracting it.
   */
  async claimExtraction(
    versionId: string,
    claimant: string,
    leaseSeconds: number,
  ): Promise<VersionRecord | null | 'CLAIMED'> {
    const [row] = await this.dataSource.query<RawVersion[]>(
      // A statement that starts with SELECT, so the driver hands back the rows themselves.
      `WITH claimed AS (
         UPDATE library.document_versions
         SET extraction_claimed_by = $2,
             extraction_claimed_until = now() + make_interval(secs => $3)
         WHERE id = $1 AND extraction_status = 'PENDING'
           AND (extraction_claimed_until IS NULL OR extraction_claimed_until < now())
         RETURNING *)
       SELECT ${VERSION_COLUMNS} FROM claimed v`,
      [versionId, claimant, leaseSeconds],
    );
    if (row) return toVersion(row);
    const version = await this.findVersion(versionId);
    return version?.extractionStatus === 'PENDING' ? 'CLAIMED' : null;
  }

  /**
   * Extends `claimant`'s claim on a PENDING version by `leaseSeconds` from now; false when the
   * claim is no longer theirs (it lapsed and another delivery took it, or the version is done).
   */
  async renewExtraction(
    versionId: string,
    claimant: string,
    leaseSeconds: number,
  ): Promise<boolean> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `WITH renewed AS (
         UPDATE library.document_versions
         SET extraction_claimed_until = now() + make_interval(secs => $3)
         WHERE id = $1 AND extraction_claimed_by = $2 AND extraction_status = 'PENDING'
         RETURNING id)
       SELECT id FROM renewed`,
      [versionId, claimant, leaseSeconds],
    );
    return rows.length > 0;
  }

  /** Gives a claim up (the extraction could not run), so a retry may claim at once. */
  async releaseExtraction(versionId: string, claimant: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE library.document_versions
       SET extraction_claimed_by = NULL, extraction_claimed_until = NULL
       WHERE id = $1 AND extraction_claimed_by = $2 AND extraction_status = 'PENDING'`,
      [versionId, claimant],
    );
  }

  /** The version's extraction status, locking its row until the transaction ends. */
  async lockExtraction(versionId: string, tx: Tx): Promise<ExtractionStatus | null> {
    const [row] = await managerOf(this.dataSource, tx).query<
      { extraction_status: ExtractionStatus }[]
    >(`SELECT extraction_status FROM library.document_versions WHERE id = $1 FOR UPDATE`, [
      versionId,
    ]);
    return row?.extraction_status ?? null;
  }

  /** Readable, not deleted documents, most recently changed first. */
  async findPage(
    scope: ReaderScope,
    filter: DocumentFilter,
    cursor: Cursor | undefined,
    limit: number,
  ): Promise<Page<DocumentRecord>> {
    const params: unknown[] = [scope.networkIds];
    const where = ['d.deleted_at IS NULL', READABLE(scope)];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter.networkId) add((n) => `$${n}::uuid = ANY(d.network_ids)`, filter.networkId);
    if (filter.kind) add((n) => `d.kind = $${n}`, filter.kind);
    if (filter.topicId) add((n) => `$${n}::uuid = ANY(d.topic_ids)`, filter.topicId);
    if (filter.tag) add((n) => `$${n}::text = ANY(d.tags)`, filter.tag.trim().toLowerCase());
    if (filter.language) add((n) => `$${n}::text = ANY(d.languages)`, filter.language);
    if (filter.year) add((n) => `d.year = $${n}`, filter.year);
    if (filter.organisationId) add((n) => `d.organisation_id = $${n}`, filter.organisationId);
    if (cursor) {
      params.push(cursor.key, cursor.id);
      where.push(
        `(d.updated_at, d.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    params.push(limit + 1);
    const rows = await this.dataSource.query<RawDocument[]>(
      `${DOCUMENT_SELECT} WHERE ${where.join(' AND ')}
       ORDER BY d.updated_at DESC, d.id DESC LIMIT $${params.length}`,
      params,
    );
    return toPage(rows.map(toDocument), limit, (document) => ({
      key: document.updatedAt.toISOString(),
      id: document.id,
    }));
  }
}
