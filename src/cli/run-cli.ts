import { Command, CommanderError } from 'commander';
import { asSitrepError, sitrepError } from '../errors/sitrep-error.js';
import { VERSION } from '../version.js';
import type { CliIo } from './cli-io.js';
import { ingestCommand } from './ingest-command.js';
import { reanalyseCommand } from './reanalyse-command.js';
import { reportCommand } from './report-command.js';
import { serveCommand } from './serve-command.js';
import { storiesCommand } from './stories-command.js';
import { workerCommand } from './worker-command.js';

const program = (io: CliIo): Command => {
  const root = new Command('sitrep')
    .description('Turn many news reports about one unfolding story into a single sourced situation picture.')
    .version(VERSION)
    .addCommand(ingestCommand(io))
    .addCommand(reportCommand(io))
    .addCommand(reanalyseCommand(io))
    .addCommand(storiesCommand(io))
    .addCommand(serveCommand(io))
    .addCommand(workerCommand(io));
  const configure = (c: Command): void => {
    c.exitOverride()
      .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        // commander's own usage errors are reported by runCli as one coded line
        outputError: () => {},
      })
      .showHelpAfterError(false);
    for (const sub of c.commands) configure(sub);
  };
  configure(root);
  return root;
};

/**
 * Runs the CLI and returns its exit status: 0 ok, 2 bad input or usage, 1 internal error.
 * Errors go to stderr as one line: `sitrep: <message>`.
 */
export const runCli = async (argv: readonly string[], io: CliIo): Promise<number> => {
  try {
    await program(io).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0; // --help, --version
      const message = e.message.replace(/^error: /, '');
      io.stderr.write(`sitrep: ${sitrepError('SITREP_USAGE', message).message}\n`);
      return 2;
    }
    const err = asSitrepError(e);
    io.stderr.write(`sitrep: ${err.message}\n`);
    if (err.code === 'SITREP_INTERNAL' && io.env.SITREP_DEBUG)
      io.stderr.write(`${(e as Error).stack ?? ''}\n`);
    return err.exit;
  }
};
