import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Serbian Latin, Serbian Cyrillic and English names of the starting municipal topics. */
const TOPICS: [string, string, string, string][] = [
  ['local-finances', 'Lokalne finansije', 'Локалне финансије', 'Local finances'],
  ['local-taxes', 'Lokalni porezi i takse', 'Локални порези и таксе', 'Local taxes and fees'],
  [
    'urban-planning',
    'Urbanizam i prostorno planiranje',
    'Урбанизам и просторно планирање',
    'Urban and spatial planning',
  ],
  [
    'construction',
    'Izgradnja i inspekcija',
    'Изградња и инспекција',
    'Construction and inspection',
  ],
  ['environment', 'Zaštita životne sredine', 'Заштита животне средине', 'Environmental protection'],
  ['energy-efficiency', 'Energetska efikasnost', 'Енергетска ефикасност', 'Energy efficiency'],
  ['waste-management', 'Upravljanje otpadom', 'Управљање отпадом', 'Waste management'],
  [
    'local-economic-development',
    'Lokalni ekonomski razvoj',
    'Локални економски развој',
    'Local economic development',
  ],
  ['rural-development', 'Ruralni razvoj', 'Рурални развој', 'Rural development'],
  ['social-protection', 'Socijalna zaštita', 'Социјална заштита', 'Social protection'],
  ['health-care', 'Zdravstvena zaštita', 'Здравствена заштита', 'Health care'],
  ['education-youth', 'Obrazovanje i mladi', 'Образовање и млади', 'Education and youth'],
  ['gender-equality', 'Rodna ravnopravnost', 'Родна равноправност', 'Gender equality'],
  ['roma-inclusion', 'Inkluzija Roma', 'Инклузија Рома', 'Roma inclusion'],
  ['emergencies', 'Vanredne situacije', 'Ванредне ситуације', 'Emergencies'],
  ['public-procurement', 'Javne nabavke', 'Јавне набавке', 'Public procurement'],
  ['public-property', 'Javna svojina', 'Јавна својина', 'Public property'],
  [
    'human-resources',
    'Upravljanje ljudskim resursima',
    'Управљање људским ресурсима',
    'Human resources management',
  ],
  ['e-government', 'Elektronska uprava', 'Електронска управа', 'E-government'],
  ['eu-integration', 'Evropske integracije', 'Европске интеграције', 'European integration'],
  [
    'transparency',
    'Transparentnost i participacija građana',
    'Транспарентност и партиципација грађана',
    'Transparency and citizen participation',
  ],
  [
    'local-safety',
    'Bezbednost u lokalnoj zajednici',
    'Безбедност у локалној заједници',
    'Local safety',
  ],
  [
    'gis',
    'Geografski informacioni sistemi',
    'Географски информациони системи',
    'Geographic information systems',
  ],
  ['sport', 'Sport', 'Спорт', 'Sport'],
];

/**
 * The library: a managed topic taxonomy, documents (metadata, visibility, networks), their
 * versions (one stored object each), uploads awaiting use, and curated collections.
 */
export class Library1764000000300 implements MigrationInterface {
  name = 'Library1764000000300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE library.topics (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name_latin text NOT NULL,
        name_cyrillic text NOT NULL,
        name_english text NOT NULL,
        archived boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const [slug, latin, cyrillic, english] of TOPICS) {
      await runner.query(
        `INSERT INTO library.topics (slug, name_latin, name_cyrillic, name_english) VALUES ($1, $2, $3, $4)`,
        [slug, latin, cyrillic, english],
      );
    }
    await runner.query(`
      CREATE TABLE library.uploads (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        object_key text NOT NULL UNIQUE,
        filename text NOT NULL,
        content_type text NOT NULL,
        size bigint NOT NULL CHECK (size > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX uploads_owner_idx ON library.uploads (owner_id)`);
    await runner.query(`CREATE INDEX uploads_expiry_idx ON library.uploads (expires_at)`);
    await runner.query(`
      CREATE TABLE library.documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('GOOD_PRACTICE','GUIDELINE','TEMPLATE','DRAFT_LAW','REPORT','MINUTES','TRAINING_MATERIAL','OTHER')),
        title text NOT NULL,
        summary text NOT NULL DEFAULT '',
        visibility text NOT NULL CHECK (visibility IN ('ALL_MEMBERS','NETWORK','PUBLIC')),
        network_ids uuid[] NOT NULL DEFAULT '{}',
        organisation_id uuid,
        topic_ids uuid[] NOT NULL DEFAULT '{}',
        tags text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        year integer,
        author_name text,
        contact text,
        licence text,
        good_practice jsonb,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        deleted_at timestamptz,
        deleted_by uuid,
        CHECK (visibility <> 'NETWORK' OR cardinality(network_ids) > 0)
      )`);
    await runner.query(
      `CREATE INDEX documents_listing_idx ON library.documents (updated_at DESC, id DESC) WHERE deleted_at IS NULL`,
    );
    await runner.query(
      `CREATE INDEX documents_networks_idx ON library.documents USING gin (network_ids) WHERE deleted_at IS NULL`,
    );
    await runner.query(
      `CREATE INDEX documents_topics_idx ON library.documents USING gin (topic_ids) WHERE deleted_at IS NULL`,
    );
    await runner.query(`
      CREATE TABLE library.document_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES library.documents (id),
        number integer NOT NULL,
        object_key text NOT NULL UNIQUE,
        filename text NOT NULL,
        file_kind text NOT NULL,
        mime_type text NOT NULL,
        size bigint NOT NULL,
        note text,
        uploaded_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        extraction_status text NOT NULL DEFAULT 'PENDING'
          CHECK (extraction_status IN ('PENDING','EXTRACTED','EXTRACTION_FAILED')),
        extracted_pages integer,
        extraction_failure text,
        UNIQUE (document_id, number)
      )`);
    await runner.query(`
      CREATE TABLE library.collections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        network_id uuid,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
      )`);
    await runner.query(`CREATE INDEX collections_network_idx ON library.collections (network_id)`);
    await runner.query(`
      CREATE TABLE library.collection_items (
        collection_id uuid NOT NULL REFERENCES library.collections (id) ON DELETE CASCADE,
        document_id uuid NOT NULL REFERENCES library.documents (id),
        position integer NOT NULL,
        PRIMARY KEY (collection_id, document_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE library.collection_items`);
    await runner.query(`DROP TABLE library.collections`);
    await runner.query(`DROP TABLE library.document_versions`);
    await runner.query(`DROP TABLE library.documents`);
    await runner.query(`DROP TABLE library.uploads`);
    await runner.query(`DROP TABLE library.topics`);
  }
}
