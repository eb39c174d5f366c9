import { extname } from 'node:path';

export type InputFormat = 'text' | 'html' | 'jsonl';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'jsonl',
  '.txt': 'text',
  '.text': 'text',
};

/** Extensions a directory walk picks up: files with other extensions (README.md, images) are skipped. */
export const INPUT_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;
const JSON_START = /^\s*\{/;

/**
 * An input's format: .html/.htm → HTML and .jsonl/.ndjson/.json → JSON lines by extension; else content
 * starting with `<!doctype html` or `<html` → HTML; else, unless named .txt, content starting with `{`
 * → JSON lines; else plain text.
 */
export const detectFormat = (name: string, text: string): InputFormat => {
  const byName = BY_EXTENSION[extname(name).toLowerCase()];
  if (byName === 'html' || byName === 'jsonl') return byName;
  if (HTML_START.test(text)) return 'html';
  return byName === undefined && JSON_START.test(text) ? 'jsonl' : 'text';
};
