import { Command } from 'commander';
import { reanalyseStore } from '../app/reanalyse-store.js';
import type { CliIo } from './cli-io.js';
import { DB_OPTION_HELP, dbPath } from './db-path.js';
import { withStore } from './open-store.js';
import { progressBar } from './progress.js';

export const reanalyseCommand = (io: CliIo): Command =>
  new Command('reanalyse')
    .description(
      'analyse again the stored reports whose analyses an older sitrep made, store the new analyses and ' +
        'rebuild the picture (a store upgraded this way no longer redoes them on every read)',
    )
    .option('--db <file>', DB_OPTION_HELP)
    .option('--all', 'analyse every stored report again, current or not')
    .action(async (opts: { db?: string; all?: boolean }) => {
      const progress = progressBar(io);
      const summary = await withStore(dbPath(opts.db, io), 'update', (store) =>
        reanalyseStore(store, { all: opts.all === true, onProgress: progress.onProgress }),
      ).finally(progress.stop);
      io.stdout.write(
        `reanalysed ${summary.reanalysed.length} report(s), ${summary.current} already current\n`,
      );
    });
