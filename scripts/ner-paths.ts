import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MODEL_PATH = join(root, 'models', 'ner-en.json.gz');

export { corporaDir } from '../eval/lib/corpora-dir.js';
