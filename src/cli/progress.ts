import { SingleBar } from 'cli-progress';
import type { Progress } from '../app/ingest-into-store.js';
import type { CliIo } from './cli-io.js';

/** Reports past which a progress bar is worth drawing. */
const THRESHOLD = 30;

/** A progress bar on stderr when there is much to do and stderr is a terminal; otherwise nothing. */
export const progressBar = (io: CliIo): { readonly onProgress: Progress; readonly stop: () => void } => {
  let bar: SingleBar | null = null;
  const onProgress: Progress = (done, total) => {
    if (!io.stderr.isTTY || total <= THRESHOLD) return;
    if (bar === null) {
      bar = new SingleBar({
        stream: io.stderr,
        format: 'analysing {bar} {value}/{total} reports',
        hideCursor: true,
      });
      bar.start(total, done);
    } else bar.update(done);
  };
  return { onProgress, stop: () => bar?.stop() };
};
