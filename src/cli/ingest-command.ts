import { Command } from 'commander';
import { ingestIntoStore } from '../app/ingest-into-store.js';
import { sitrepError } from '../errors/sitrep-error.js';
import { readInputs } from '../ingest/read-inputs.js';
import { openQueue } from '../queue/open-queue.js';
import { encodeReportMessage } from '../queue/report-message.js';
import type { CliIo } from './cli-io.js';
import { DB_OPTION_HELP, dbPath } from './db-path.js';
import { withStore } from './open-store.js';
import { progressBar } from './progress.js';
import { SKIP_BAD_HELP, skipBad } from './skip-bad.js';

/** Reads and validates every input, then publishes them to the queue for workers (nothing is analysed here). */
const ingestIntoQueue = async (
  io: CliIo,
  paths: readonly string[],
  url: string,
  onSkip: ReturnType<typeof skipBad>,
): Promise<void> => {
  const reports = await readInputs(paths, { stdin: io.stdin, onSkip });
  const queue = await openQueue(url);
  try {
    const { published, duplicates } = await queue.publish(reports.map(encodeReportMessage));
    io.stdout.write(`queued ${published} report(s), ${duplicates} already queued\n`);
  } finally {
    await queue.close();
  }
};

export const ingestCommand = (io: CliIo): Command =>
  new Command('ingest')
    .description(
      'read reports (files, directories, or - for stdin), analyse them and add them to the store; ' +
        'with --queue, queue them for workers instead',
    )
    .argument('<paths...>', 'files or directories (recursive); - reads stdin')
    .option('--db <file>', DB_OPTION_HELP)
    .option('--queue <url>', 'nats:// URL: publish the reports for `sitrep worker` instead of storing them')
    .option('--skip-bad', SKIP_BAD_HELP)
    .action(async (paths: string[], opts: { db?: string; queue?: string; skipBad?: boolean }) => {
      const onSkip = skipBad(io, opts.skipBad);
      if (opts.queue !== undefined) {
        if (opts.db !== undefined)
          throw sitrepError('SITREP_USAGE', '--queue and --db exclude each other: workers write the store');
        return ingestIntoQueue(io, paths, opts.queue, onSkip);
      }
      const progress = progressBar(io);
      const summary = await withStore(dbPath(opts.db, io), 'write', (store) =>
        ingestIntoStore(store, paths, { stdin: io.stdin, onProgress: progress.onProgress, onSkip }),
      ).finally(progress.stop);
      io.stdout.write(
        `added ${summary.added.length} report(s), ${summary.existing.length} already stored, ` +
          `${summary.duplicates.length} near-duplicate(s) linked\n`,
      );
    });
