import type { PoolClient } from 'pg';
import type { IndexItem } from '../engine/search-engine';
import {
  documentItem,
  networkItem,
  networkPostItem,
  personItem,
  threadItem,
  threadPostItem,
} from '../indexing/index-items';
import { indexableText } from '../indexing/indexable-text';

const BATCH = 2000;
const DOCUMENT_BATCH = 50;

/** A row of another service's table, shaped by the SELECT that reads it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns are named in each SELECT
type SourceRow = Record<string, any>;

/**
 * Reads the owning services' current data for a reindex, READ ONLY, in one REPEATABLE READ
 * snapshot. This is the one documented exception to "a service reads only its own schema"
 * (docs/search.md): a reindex is an operator's batch job that needs everything at one instant,
 * and internal paginated queries in four services would each have to agree on that instant.
 * It maps rows through the same functions as the events, so an item looks the same either way.
 */
export class SourceReader {
  constructor(
    private readonly client: PoolClient,
    /** Every item carries this time: events after the snapshot win over it, older ones lose. */
    private readonly sourceAt: Date,
  ) {}

  async *batches(): AsyncGenerator<{ source: string; items: IndexItem[] }> {
    if (await this.exists('networks.networks'))
      yield* this.read(
        'networks',
        `SELECT id, slug, name_latin, name_cyrillic, name_english, visibility, archived_at IS NOT NULL AS archived
      FROM networks.networks`,
        (row) =>
          networkItem(
            {
              networkId: row.id,
              slug: row.slug,
              nameLatin: row.name_latin,
              nameCyrillic: row.name_cyrillic,
              nameEnglish: row.name_english,
              visibility: row.visibility,
              archived: row.archived,
            },
            this.sourceAt,
          ),
      );
    if (await this.exists('identity.users'))
      yield* this.read(
        'people',
        `SELECT id, first_name || ' ' || last_name AS display_name, organisation_id, position, expertise
      FROM identity.users WHERE status <> 'DEACTIVATED'`,
        (row) =>
          personItem(
            {
              userId: row.id,
              displayName: row.display_name,
              organisationId: row.organisation_id,
              position: row.position,
              expertise: row.expertise,
            },
            this.sourceAt,
          ),
      );
    if (await this.exists('networks.network_posts'))
      yield* this.read(
        'network posts',
        `SELECT id, network_id, author_id, kind, pinned, body, created_at
      FROM networks.network_posts WHERE deleted_at IS NULL`,
        (row) => ({
          ...networkPostItem(
            {
              postId: row.id,
              networkId: row.network_id,
              authorId: row.author_id,
              kind: row.kind,
              pinned: row.pinned,
              excerpt: String(row.body).replace(/\s+/g, ' ').slice(0, 280),
              body: row.body,
              actorId: row.author_id,
            },
            row.created_at,
          ),
          sourceAt: this.sourceAt,
        }),
      );
    if (await this.exists('discussions.threads'))
      yield* this.read(
        'threads',
        `SELECT id, network_id, author_id, title, tags, document_ids, locked, pinned, status, created_at
      FROM discussions.threads WHERE deleted_at IS NULL AND merged_into_id IS NULL AND status = 'PUBLISHED'`,
        (row) => ({
          ...threadItem(
            {
              threadId: row.id,
              networkId: row.network_id,
              authorId: row.author_id,
              title: row.title,
              tags: row.tags,
              documentIds: row.document_ids,
              locked: row.locked,
              pinned: row.pinned,
              status: row.status,
              actorId: row.author_id,
            },
            row.created_at,
          ),
          sourceAt: this.sourceAt,
        }),
      );
    if (await this.exists('discussions.posts'))
      yield* this.read(
        'discussion posts',
        `SELECT p.id, p.thread_id, t.network_id, p.author_id, t.author_id AS thread_author_id, t.title, p.opening, p.body, p.created_at
      FROM discussions.posts p JOIN discussions.threads t ON t.id = p.thread_id
      WHERE p.status = 'PUBLISHED' AND t.status = 'PUBLISHED' AND t.deleted_at IS NULL AND t.merged_into_id IS NULL`,
        (row) => ({
          ...threadPostItem(
            {
              postId: row.id,
              threadId: row.thread_id,
              networkId: row.network_id,
              authorId: row.author_id,
              threadAuthorId: row.thread_author_id,
              threadTitle: row.title,
              opening: row.opening,
              body: row.body,
              excerpt: '',
              quotePostId: null,
              mentionedUserIds: [],
              actorId: row.author_id,
            },
            row.created_at,
          ),
          sourceAt: this.sourceAt,
        }),
      );
    if (await this.exists('library.documents')) {
      // With the current version's extracted text (library.version_texts, up to 2 MiB each):
      // read a few documents at a time.
      const texts = await this.exists('library.version_texts');
      yield* this.read(
        'documents',
        `SELECT d.id, d.kind, d.title, d.summary, d.visibility, d.network_ids, d.organisation_id, d.tags,
          d.languages, d.year, d.author_name, d.good_practice, d.created_at, ${texts ? 't.text' : "''"} AS text
        FROM library.documents d
        ${
          texts
            ? `LEFT JOIN LATERAL (SELECT v.id FROM library.document_versions v
                WHERE v.document_id = d.id ORDER BY v.number DESC LIMIT 1) cv ON true
              LEFT JOIN library.version_texts t ON t.version_id = cv.id`
            : ''
        }
        WHERE d.deleted_at IS NULL`,
        (row) => ({
          ...documentItem(
            {
              documentId: row.id,
              kind: row.kind,
              title: row.title,
              summary: row.summary,
              visibility: row.visibility,
              networkIds: row.network_ids,
              organisationId: row.organisation_id,
              tags: row.tags,
              languages: row.languages,
              year: row.year,
              authorName: row.author_name,
              goodPractice: row.good_practice,
              createdAt: new Date(row.created_at).toISOString(),
            },
            this.sourceAt,
          ),
          body: row.text ? indexableText(row.text) : '',
        }),
        DOCUMENT_BATCH,
      );
    }
  }

  private async exists(table: string): Promise<boolean> {
    const { rows } = await this.client.query<{ ok: boolean }>(
      `SELECT to_regclass($1) IS NOT NULL AS ok`,
      [table],
    );
    return rows[0].ok;
  }

  /** Keyset-paged by id inside the snapshot. */
  private async *read(
    source: string,
    sql: string,
    map: (row: SourceRow) => IndexItem,
    batch = BATCH,
  ): AsyncGenerator<{ source: string; items: IndexItem[] }> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const { rows } = await this.client.query<SourceRow>(
        `SELECT * FROM (${sql}) s WHERE id > $1 ORDER BY id LIMIT ${batch}`,
        [after],
      );
      if (rows.length === 0) return;
      yield { source, items: rows.map(map) };
      after = rows[rows.length - 1].id;
    }
  }
}
