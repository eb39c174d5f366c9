/**
 * The PostgreSQL schema as an ordered list of migrations, the same tables as the SQLite adapter's
 * (src/store/sqlite/migrations.ts) so that both report the same schema version. Migration N brings the
 * store to version N (kept in the one-row table `schema_version`). Never edit a released migration:
 * append a new one. Every statement runs inside the store's own schema (search_path).
 *
 * JSON columns are `json`, not `jsonb`: `json` keeps the text exactly as written, so values round-trip
 * byte for byte, and still refuses text that is not JSON.
 */
export interface PostgresMigration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 1,
    description: 'reports, analyses, pictures',
    sql: `
      CREATE TABLE reports (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        content_hash text NOT NULL UNIQUE,
        path text NOT NULL,
        format text NOT NULL CHECK (format IN ('text', 'html', 'jsonl', 'cluster')),
        title text,
        outlet text,
        url text,
        published text,
        published_inferred boolean NOT NULL,
        duplicate_of text REFERENCES reports (id),
        text text NOT NULL,
        raw text NOT NULL,
        offset_map json NOT NULL,
        signature json NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE analyses (
        document_id text PRIMARY KEY REFERENCES reports (id),
        producers json NOT NULL,
        layers json NOT NULL
      );
      CREATE TABLE pictures (
        id integer PRIMARY KEY CHECK (id = 1),
        version text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        json json NOT NULL
      );`,
  },
  {
    version: 2,
    description: 'annotations: count of each layer per report, for SQL inspection without parsing layers',
    sql: `
      CREATE TABLE annotations (
        document_id text NOT NULL REFERENCES analyses (document_id),
        layer text NOT NULL,
        count integer NOT NULL,
        PRIMARY KEY (document_id, layer)
      );
      INSERT INTO annotations (document_id, layer, count)
        SELECT a.document_id, l.key, json_array_length(l.value)
        FROM analyses a, json_each(a.layers) l
        WHERE json_typeof(l.value) = 'array';`,
  },
];

export const LATEST_POSTGRES_VERSION = POSTGRES_MIGRATIONS.length;
