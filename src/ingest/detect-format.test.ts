import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.js';

describe('detectFormat', () => {
  it.each([
    ['a.html', 'anything', 'html'],
    ['a.HTM', 'anything', 'html'],
    ['a.jsonl', 'anything', 'jsonl'],
    ['a.ndjson', '{}', 'jsonl'],
    ['a.json', '[]', 'jsonl'],
    ['stdin', '<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['a.txt', '  <html lang="en"><body>x</body></html>', 'html'],
    ['page', '<!-- saved --><html>', 'html'],
    ['stdin', '{"text": "x"}', 'jsonl'],
    ['a.txt', 'Title: x\n\nBody', 'text'],
    // negatives: a .txt that starts with a brace, text that mentions <html> later, an <htmlx> tag
    ['a.txt', '{braces} open this report', 'text'],
    ['notes', 'Reports use <html> markup.', 'text'],
    ['stdin', '<htmlx>', 'text'],
  ])('%s %j → %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});
