import { describe, expect, it } from 'vitest';
import { span } from '../../model/span.js';
import { withoutDateline } from './content-dateline.js';

/** [name, content text, what is left of it]. */
const ROWS: readonly [string, string, string][] = [
  [
    'a place, a country and an agency tag before a dash',
    'PORT LOUIS, Mauritius (AP) — The dam burst after the storm',
    'The dam burst after the storm',
  ],
  ['a place and an agency tag before a hyphen', 'QUITO (Reuters) - The dam burst', 'The dam burst'],
  ['an agency tag alone', '(CNN) — The dam burst', 'The dam burst'],
  ['negative: "U.S.-Chile talks" keeps its first word', 'U.S.-Chile talks failed', 'U.S.-Chile talks failed'],
  ['negative: no dateline', 'The dam burst after the storm', 'The dam burst after the storm'],
  ['negative: a dateline with nothing after it stays', 'QUITO (Reuters) - ', 'QUITO (Reuters) - '],
];

describe('withoutDateline', () => {
  it.each(ROWS)('%s', (_name, content, left) => {
    const text = `${content}, officials said.`;
    const got = withoutDateline(text, span(0, content.length));
    expect(text.slice(got.start, got.end)).toBe(left);
    expect(got.end).toBe(content.length);
  });
});
