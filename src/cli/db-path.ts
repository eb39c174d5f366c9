import type { CliIo } from './cli-io.js';

/** `--db FILE`, else `$SITREP_DB`, else `./sitrep.db`. */
export const dbPath = (option: string | undefined, io: CliIo): string =>
  option ?? io.env.SITREP_DB ?? 'sitrep.db';

export const DB_OPTION_HELP = 'store file (default: $SITREP_DB, else ./sitrep.db)';
