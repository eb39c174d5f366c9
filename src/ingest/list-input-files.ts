import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { sitrepError } from '../errors/sitrep-error.js';
import { INPUT_EXTENSIONS } from './detect-format.js';

/** A file to read, with its size from stat (so a too-large file is refused before it is read). */
export interface InputFile {
  readonly path: string;
  readonly size: number;
}

const statOrNull = async (path: string) => {
  try {
    return await stat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') {
      return null;
    }
    throw e;
  }
};

/** Code-unit order, not locale order: the same on every machine. */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const walk = async (dir: string): Promise<InputFile[]> => {
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort(byName);
  const found: InputFile[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const s = await statOrNull(path);
    if (s?.isDirectory()) found.push(...(await walk(path)));
    else if (s?.isFile() && INPUT_EXTENSIONS.includes(extname(name).toLowerCase())) {
      found.push({ path, size: s.size });
    }
  }
  return found;
};

/**
 * The files behind one path: the file itself (whatever its extension), or every report file under a
 * directory (recursive, sorted by name, dotfiles and files of other extensions skipped).
 */
export const listInputFiles = async (path: string): Promise<InputFile[]> => {
  const s = await statOrNull(path);
  if (!s) throw sitrepError('SITREP_INPUT_NOT_FOUND', path);
  return s.isDirectory() ? walk(path) : [{ path, size: s.size }];
};
