import { Command } from 'commander';
import { pictureFromStore } from '../app/picture-from-store.js';
import type { CliIo } from './cli-io.js';
import { DB_OPTION_HELP, dbPath } from './db-path.js';
import { withStore } from './open-store.js';

export const storiesCommand = (io: CliIo): Command =>
  new Command('stories')
    .description('list the stories in the store with their counts of reports, events, figures and conflicts')
    .option('--db <file>', DB_OPTION_HELP)
    .action(async (opts: { db?: string }) => {
      const picture = await withStore(dbPath(opts.db, io), 'read', pictureFromStore);
      for (const s of picture.stories) {
        io.stdout.write(
          `${s.id}\t${s.documentIds.length} reports\t${s.events.length} events\t${s.figures.length} figures\t` +
            `${s.conflicts.length} conflicts\t${s.title}\n`,
        );
      }
      if (picture.stories.length === 0) io.stdout.write('no stories yet\n');
    });
