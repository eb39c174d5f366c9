import { describe, expect, it } from 'vitest';
import type { PictureEntity } from '../../model/picture.js';
import { mostMentioned, TITLE_CANDIDATES } from './most-mentioned.js';

const entity = (name: string, mentions: number): PictureEntity => ({
  id: `s1/e:${name}`,
  name,
  type: 'person',
  aliases: [],
  mentions: Array.from({ length: mentions }, (_, i) => ({ documentId: 'd1', start: i, end: i + 1 })),
  geo: null,
});

describe('mostMentioned', () => {
  it('keeps every entity of a small story', () => {
    const few = [entity('a', 1), entity('b', 3)];
    expect(mostMentioned(few)).toBe(few);
  });

  it('keeps those mentioned at least as often as the 32nd, ties included, in their order', () => {
    // 40 entities mentioned 1…40 times, and a second one mentioned 9 times (ties with the 32nd most mentioned)
    const many = [...Array.from({ length: 40 }, (_, i) => entity(`e${i + 1}`, i + 1)), entity('tie', 9)];
    const kept = mostMentioned(many).map((e) => e.name);
    expect(TITLE_CANDIDATES).toBe(32);
    expect(kept).toEqual([...Array.from({ length: 32 }, (_, i) => `e${i + 9}`), 'tie']);
    expect(kept).not.toContain('e8');
  });
});
