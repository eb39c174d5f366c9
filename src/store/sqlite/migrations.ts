/**
 * The SQLite schema as an ordered list of migrations. Migration N brings the store to version N
 * (kept in PRAGMA user_version). Never edit a released migration: append a new one.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

const NOW = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'reports, analyses, pictures',
    sql: `
      CREATE TABLE reports (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('text', 'html', 'jsonl', 'cluster')),
        title TEXT,
        outlet TEXT,
        url TEXT,
        published TEXT,
        published_inferred INTEGER NOT NULL CHECK (published_inferred IN (0, 1)),
        duplicate_of TEXT REFERENCES reports (id),
        text TEXT NOT NULL,
        raw TEXT NOT NULL,
        offset_map TEXT NOT NULL CHECK (json_valid(offset_map)),
        signature TEXT NOT NULL CHECK (json_valid(signature)),
        added_at TEXT NOT NULL DEFAULT ${NOW}
      );
      CREATE TABLE analyses (
        document_id TEXT PRIMARY KEY REFERENCES reports (id),
        producers TEXT NOT NULL CHECK (json_valid(producers)),
        layers TEXT NOT NULL CHECK (json_valid(layers))
      );
      CREATE TABLE pictures (
        id INTEGER PRIMARY KEY,
        version TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT ${NOW},
        json TEXT NOT NULL CHECK (json_valid(json))
      );`,
  },
  {
    version: 2,
    description: 'annotations: count of each layer per report, for SQL inspection without parsing layers',
    sql: `
      CREATE TABLE annotations (
        document_id TEXT NOT NULL REFERENCES analyses (document_id),
        layer TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (document_id, layer)
      );
      INSERT INTO annotations (document_id, layer, count)
        SELECT a.document_id, l.key, json_array_length(l.value)
        FROM analyses a, json_each(a.layers) l
        WHERE l.type = 'array';`,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
