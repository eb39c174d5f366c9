import type { CliIo } from './cli-io.js';

/** `--db FILE|URL`, else `$SITREP_DATABASE_URL`, else `$SITREP_DB`, else `./sitrep.db`. */
export const dbPath = (option: string | undefined, io: CliIo): string =>
  option ?? (io.env.SITREP_DATABASE_URL || undefined) ?? io.env.SITREP_DB ?? 'sitrep.db';

export const DB_OPTION_HELP =
  'store file, or postgres://… URL (default: $SITREP_DATABASE_URL, else $SITREP_DB, else ./sitrep.db)';
