import type { SitrepError } from '../errors/sitrep-error.js';
import type { CliIo } from './cli-io.js';

/** The help of `--skip-bad`, shared by the commands that read inputs. */
export const SKIP_BAD_HELP =
  'leave out bad inputs (empty, binary, wrongly encoded, too large, broken, no report text) with a warning ' +
  'each, instead of refusing the whole batch';

/**
 * The `onSkip` of a read under `--skip-bad`: each input left out is one warning line on stderr ("sitrep:
 * skipped <path>: <why>"); undefined without the option, so that the first bad input fails the batch.
 */
export const skipBad = (io: CliIo, enabled: boolean | undefined): ((e: SitrepError) => void) | undefined =>
  enabled === true ? (e) => io.stderr.write(`sitrep: skipped ${e.message}\n`) : undefined;
