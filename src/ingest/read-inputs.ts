import { readFile } from 'node:fs/promises';
import { sitrepError } from '../errors/sitrep-error.js';
import type { IngestedReport } from '../model/report.js';
import { type InputFile, listInputFiles } from './list-input-files.js';
import { DEFAULT_MAX_BYTES, parseInput } from './parse-input.js';

export { DEFAULT_MAX_BYTES, type ParseOptions, parseInput } from './parse-input.js';

export interface ReadOptions {
  /** What `-` reads: a stream (default process.stdin) or bytes already read. */
  readonly stdin?: NodeJS.ReadableStream | Buffer;
  /** Largest input accepted, in bytes (default 50 MiB). */
  readonly maxBytes?: number;
}

/** The name stdin's reports carry as their path. */
export const STDIN_NAME = 'stdin';

/** Reads a stream, giving up as soon as it holds more than `maxBytes`. */
const readStdin = async (source: NodeJS.ReadableStream | Buffer, maxBytes: number): Promise<Uint8Array> => {
  if (Buffer.isBuffer(source)) return source;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buf.length;
    if (size > maxBytes) throw sitrepError('SITREP_INPUT_TOO_LARGE', STDIN_NAME, size, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
};

/** Every file behind the paths (`-` stands for stdin), checked against the size limit before any is read. */
const listAll = async (paths: readonly string[], maxBytes: number): Promise<(InputFile | '-')[]> => {
  const inputs: (InputFile | '-')[] = [];
  for (const path of paths) inputs.push(...(path === '-' ? (['-'] as const) : await listInputFiles(path)));
  for (const input of inputs) {
    if (input !== '-' && input.size > maxBytes) {
      throw sitrepError('SITREP_INPUT_TOO_LARGE', input.path, input.size, maxBytes);
    }
  }
  return inputs;
};

/**
 * The reports in files, directories (recursive, sorted, dotfiles skipped) and stdin (`-`, read once).
 * Every input is validated before anything is returned: the first bad one throws its coded error.
 */
export const readInputs = async (
  paths: readonly string[],
  options: ReadOptions = {},
): Promise<IngestedReport[]> => {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const inputs = await listAll(paths, maxBytes);
  const reports: IngestedReport[] = [];
  let stdinRead = false;
  for (const input of inputs) {
    if (input === '-') {
      if (stdinRead) continue;
      stdinRead = true;
      const bytes = await readStdin(options.stdin ?? process.stdin, maxBytes);
      reports.push(...parseInput(STDIN_NAME, bytes, { maxBytes }));
    } else {
      reports.push(...parseInput(input.path, await readFile(input.path), { maxBytes }));
    }
  }
  return reports;
};
