import { describe, expect, it } from 'vitest';
import { orgCore } from './org-core.js';

describe('orgCore', () => {
  it.each([
    ['ford motor company', 'ford'],
    ['ford motors co.', 'ford'],
    ['bank of america corp.', 'bank of america'],
    ['u.s. air force', 'US air force'],
    ['united states air force', 'US air force'],
    ['american air force', 'US air force'],
    ['russian air force', 'RU air force'],
    ['buzzfeed news', 'buzzfeed'],
    ['vice media group', 'vice'],
    ['buzzfeed news inc.', 'buzzfeed'],
    ['nbc news', 'nbc'],
    // Negatives: a name of suffixes only keeps itself; distinct names stay distinct.
    ['news', 'news'],
    ['arab news', 'arab news'],
    ['syrian media', 'SY media'],
    ['news corp', 'news'],
    ['fox sports', 'fox sports'],
    ['daily news tribune', 'daily news tribune'],
    ['group', 'group'],
    ['general mills', 'general mills'],
    ['intel core duo', 'intel core duo'],
  ])('%s → %s', (key, core) => expect(orgCore(key)).toBe(core));
});
