import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Command } from 'commander';
import { pictureForInputs } from '../app/picture-for-inputs.js';
import { pictureFromStore } from '../app/picture-from-store.js';
import { parseFormat, renderPicture } from '../out/format.js';
import type { CliIo } from './cli-io.js';
import { DB_OPTION_HELP, dbPath } from './db-path.js';
import { withStore } from './open-store.js';
import { progressBar } from './progress.js';
import { SKIP_BAD_HELP, skipBad } from './skip-bad.js';

export const reportCommand = (io: CliIo): Command =>
  new Command('report')
    .description('write the situation picture of the given inputs, or of the store when no input is given')
    .argument('[paths...]', 'files or directories (recursive); - reads stdin')
    .option(
      '-f, --format <format>',
      'md, html, json, csv (one row per event) or geojson (places, events)',
      'md',
    )
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option('--db <file>', DB_OPTION_HELP)
    .option('--skip-bad', SKIP_BAD_HELP)
    .action(
      async (paths: string[], opts: { format: string; out?: string; db?: string; skipBad?: boolean }) => {
        const format = parseFormat(opts.format);
        const progress = progressBar(io);
        const onSkip = skipBad(io, opts.skipBad);
        const picture =
          paths.length > 0
            ? await pictureForInputs(paths, {
                stdin: io.stdin,
                onProgress: progress.onProgress,
                onSkip,
              }).finally(progress.stop)
            : await withStore(dbPath(opts.db, io), 'read', pictureFromStore);
        const output = renderPicture(picture, format);
        if (opts.out === undefined) {
          io.stdout.write(output);
          return;
        }
        await mkdir(dirname(opts.out), { recursive: true });
        await writeFile(opts.out, output);
        io.stderr.write(`wrote ${opts.out}\n`);
      },
    );
