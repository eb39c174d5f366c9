import { Command, InvalidArgumentError } from 'commander';
import { ingestReports } from '../app/ingest-reports.js';
import { picturePacer } from '../app/picture-pacer.js';
import { rebuildPicture } from '../app/rebuild-picture.js';
import { sitrepError } from '../errors/sitrep-error.js';
import type { IngestedReport } from '../model/report.js';
import { openQueue } from '../queue/open-queue.js';
import { decodeReportMessage } from '../queue/report-message.js';
import { runWorker } from '../queue/run-worker.js';
import type { Store } from '../store/store.js';
import { VERSION } from '../version.js';
import type { CliIo } from './cli-io.js';
import { DB_OPTION_HELP, dbPath } from './db-path.js';
import { withStore } from './open-store.js';

const positive = (s: string): number => {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('expected an integer 1–1000');
  return n;
};

const seconds = (s: string): number => {
  const n = Number(s);
  if (!Number.isFinite(n) || n < 0 || n > 86_400) throw new InvalidArgumentError('expected seconds, 0–86400');
  return n;
};

/**
 * Stores the picture again until it covers every stored report. Workers race: one may store a picture
 * computed before another worker's reports were committed, after that worker stored its own. Each worker
 * runs this when its queue runs dry, after its own last write, so the last one to finish leaves a
 * picture of everything.
 */
const ensureFreshPicture = async (store: Store): Promise<void> => {
  for (let attempt = 0; attempt < 5; attempt++) {
    const [picture, stored] = await Promise.all([store.getPicture(), store.fingerprints()]);
    if (picture?.sitrep === VERSION && picture.documents.length === stored.length) return;
    await rebuildPicture(store);
  }
};

/** The first SIGINT or SIGTERM stops the loop after the batch in hand; a second one ends the process. */
const stopOnSignal = (io: CliIo, stop: AbortController): (() => void) => {
  const onSignal = (signal: string) => {
    io.stderr.write(`${signal}: finishing the batch in hand, then stopping\n`);
    stop.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
};

interface WorkerCommandOptions {
  queue?: string;
  db?: string;
  batch: number;
  pictureEvery: number;
  drain?: boolean;
}

export const workerCommand = (io: CliIo): Command =>
  new Command('worker')
    .description(
      'take queued reports (from `sitrep ingest --queue`), analyse them and add them to the store; ' +
        'run as many as you like; SIGINT/SIGTERM stop one after its batch in hand',
    )
    .option('--queue <url>', 'nats:// URL of the JetStream server (default: $SITREP_QUEUE_URL)')
    .option('--db <file>', DB_OPTION_HELP)
    .option('--batch <n>', 'reports taken and stored together', positive, 16)
    .option(
      '--picture-every <seconds>',
      'store the picture at most this often while reports keep coming (0: after every batch); always when the queue runs dry',
      seconds,
      30,
    )
    .option('--drain', 'exit once the queue is empty instead of waiting for more')
    .action(async (opts: WorkerCommandOptions) => {
      const url = opts.queue ?? (io.env.SITREP_QUEUE_URL || undefined);
      if (url === undefined)
        throw sitrepError('SITREP_USAGE', 'worker needs --queue nats://host:port (or $SITREP_QUEUE_URL)');
      const counts = { added: 0, existing: 0 };
      const stats = await withStore(dbPath(opts.db, io), 'write', async (store) => {
        const queue = await openQueue(url);
        const stop = new AbortController();
        const release = stopOnSignal(io, stop);
        // The clock is read here, at the edge; the pacer only compares its readings.
        const pacer = picturePacer(opts.pictureEvery * 1000, () => performance.now());
        try {
          const stats = await runWorker(
            queue,
            decodeReportMessage,
            async (reports: readonly IngestedReport[]) => {
              const outcome = await ingestReports(store, reports, undefined, (added) =>
                pacer.added(added.length),
              );
              for (const r of outcome.reports) {
                if (r.status === 'added') counts.added += 1;
                else counts.existing += 1;
              }
              if (pacer.due()) {
                await rebuildPicture(store);
                pacer.stored();
              }
            },
            {
              batch: opts.batch,
              drain: opts.drain === true,
              // Draining: one empty second means done. Serving: wait longer per request.
              waitMs: opts.drain === true ? 1000 : 5000,
              signal: stop.signal,
              onIdle: async () => {
                await ensureFreshPicture(store);
                pacer.stored();
              },
              onDeadLetter: (key, reason) => io.stderr.write(`dead-lettered ${key}: ${reason}\n`),
            },
          );
          // Stopped by a signal between pictures: leave one that covers what this worker added.
          await ensureFreshPicture(store);
          return stats;
        } finally {
          release();
          await queue.close();
        }
      });
      io.stdout.write(
        `worker done: ${stats.processed} message(s) handled, ${counts.added} report(s) added, ` +
          `${counts.existing} already stored, ${stats.deadLettered} dead-lettered\n`,
      );
    });
