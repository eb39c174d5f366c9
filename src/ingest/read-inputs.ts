import { readFile } from 'node:fs/promises';
import type { ErrorCode } from '../errors/error-codes.js';
import { isSitrepError, type SitrepError, sitrepError } from '../errors/sitrep-error.js';
import type { IngestedReport } from '../model/report.js';
import { type InputFile, listInputFiles } from './list-input-files.js';
import { DEFAULT_MAX_BYTES, parseInput } from './parse-input.js';

export { DEFAULT_MAX_BYTES, type ParseOptions, parseInput } from './parse-input.js';

export interface ReadOptions {
  /** What `-` reads: a stream (default process.stdin) or bytes already read. */
  readonly stdin?: NodeJS.ReadableStream | Buffer;
  /** Largest input accepted, in bytes (default 50 MiB). */
  readonly maxBytes?: number;
  /**
   * When given, an input that is bad in itself (see SKIPPABLE: empty, binary, wrongly encoded, too large, broken,
   * no report text) is passed here and left out instead of failing the whole read; a missing path still fails.
   */
  readonly onSkip?: (error: SitrepError) => void;
}

/** The errors of one bad input, which `onSkip` may leave out. */
const SKIPPABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'SITREP_INPUT_EMPTY',
  'SITREP_INPUT_BINARY',
  'SITREP_INPUT_ENCODING',
  'SITREP_INPUT_UNSUPPORTED_ENCODING',
  'SITREP_INPUT_TOO_LARGE',
  'SITREP_INPUT_HTML',
  'SITREP_INPUT_JSON',
  'SITREP_INPUT_JSONL_FIELD',
  'SITREP_INPUT_NO_TEXT',
  'SITREP_INPUT_METADATA',
]);

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

/** Runs `read`; a bad input's error goes to `onSkip` (the input is left out) when one is given. */
const orSkip = async <T>(read: () => T | Promise<T>, onSkip: ReadOptions['onSkip']): Promise<T | null> => {
  try {
    return await read();
  } catch (e) {
    if (onSkip === undefined || !isSitrepError(e) || !SKIPPABLE.has(e.code)) throw e;
    onSkip(e);
    return null;
  }
};

/** Every file behind the paths (`-` stands for stdin), checked against the size limit before any is read. */
const listAll = async (
  paths: readonly string[],
  maxBytes: number,
  onSkip: ReadOptions['onSkip'],
): Promise<(InputFile | '-')[]> => {
  const inputs: (InputFile | '-')[] = [];
  for (const path of paths) inputs.push(...(path === '-' ? (['-'] as const) : await listInputFiles(path)));
  return inputs.filter((input) => {
    if (input === '-' || input.size <= maxBytes) return true;
    const e = sitrepError('SITREP_INPUT_TOO_LARGE', input.path, input.size, maxBytes);
    if (onSkip === undefined) throw e;
    onSkip(e);
    return false;
  });
};

/**
 * The reports in files, directories (recursive, sorted, dotfiles skipped) and stdin (`-`, read once).
 * Every input is validated before anything is returned: the first bad one throws its coded error, or, with
 * `onSkip`, is reported there and left out.
 */
export const readInputs = async (
  paths: readonly string[],
  options: ReadOptions = {},
): Promise<IngestedReport[]> => {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const inputs = await listAll(paths, maxBytes, options.onSkip);
  const reports: IngestedReport[] = [];
  let stdinRead = false;
  const { onSkip } = options;
  for (const input of inputs) {
    if (input === '-' && stdinRead) continue;
    stdinRead ||= input === '-';
    const name = input === '-' ? STDIN_NAME : input.path;
    const bytes =
      input === '-'
        ? await orSkip(() => readStdin(options.stdin ?? process.stdin, maxBytes), onSkip)
        : await readFile(name);
    const parsed = bytes === null ? null : await orSkip(() => parseInput(name, bytes, { maxBytes }), onSkip);
    reports.push(...(parsed ?? []));
  }
  return reports;
};
