import { Command } from 'commander';
import { ingestIntoStore } from '../app/ingest-into-store.js';
import type { CliIo } from './cli-io.js';
import { DB_OPTION_HELP, dbPath } from './db-path.js';
import { withStore } from './open-store.js';
import { progressBar } from './progress.js';

export const ingestCommand = (io: CliIo): Command =>
  new Command('ingest')
    .description('read reports (files, directories, or - for stdin), analyse them and add them to the store')
    .argument('<paths...>', 'files or directories (recursive); - reads stdin')
    .option('--db <file>', DB_OPTION_HELP)
    .action(async (paths: string[], opts: { db?: string }) => {
      const progress = progressBar(io);
      const summary = await withStore(dbPath(opts.db, io), 'write', (store) =>
        ingestIntoStore(store, paths, { stdin: io.stdin, onProgress: progress.onProgress }),
      ).finally(progress.stop);
      io.stdout.write(
        `added ${summary.added.length} report(s), ${summary.existing.length} already stored, ` +
          `${summary.duplicates.length} near-duplicate(s) linked\n`,
      );
    });
