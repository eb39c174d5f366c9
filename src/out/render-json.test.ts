import { describe, expect, it } from 'vitest';
import type { Picture } from '../model/picture.js';
import { PICTURE_KEYS } from './picture-keys.js';
import { renderJson } from './render-json.js';
import { TEST_PICTURE } from './test-picture.js';
import { validatePicture } from './validate-picture.js';

const reversed = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(reversed);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(
    Object.entries(v)
      .reverse()
      .map(([k, x]) => [k, reversed(x)]),
  );
};

describe('renderJson', () => {
  const json = renderJson(TEST_PICTURE);

  it('round-trips, valid, 2-space indented, one trailing newline', () => {
    expect(JSON.parse(json)).toEqual(TEST_PICTURE);
    expect(validatePicture(JSON.parse(json))).toEqual({ valid: true });
    expect(json.startsWith('{\n  "sitrep": "0.1.0",\n  "documents": [\n    {\n      "id": "d1",')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.endsWith('\n\n')).toBe(false);
  });

  it('writes keys in the order of the type whatever order the object was built in', () => {
    expect(renderJson(reversed(TEST_PICTURE) as Picture)).toBe(json);
  });

  it.each<[string, (p: Picture) => unknown, readonly string[]]>([
    ['picture', (p) => p, PICTURE_KEYS.picture],
    ['document', (p) => p.documents[0], PICTURE_KEYS.document],
    ['story', (p) => p.stories[0], PICTURE_KEYS.story],
    ['entity geo', (p) => p.stories[0]?.entities[0]?.geo, PICTURE_KEYS.entityGeo],
    ['event', (p) => p.stories[0]?.events[0], PICTURE_KEYS.event],
    ['event evidence', (p) => p.stories[0]?.events[0]?.evidence[0], PICTURE_KEYS.eventEvidence],
    ['figure', (p) => p.stories[0]?.figures[0], PICTURE_KEYS.figure],
    ['figure window', (p) => p.stories[0]?.figures[0]?.window, PICTURE_KEYS.figureWindow],
    ['claim content', (p) => p.stories[0]?.claims[0]?.content, PICTURE_KEYS.citation],
    ['briefing sentence', (p) => p.stories[0]?.briefing[0], PICTURE_KEYS.briefingSentence],
  ])('%s keys', (_name, pick, keys) => {
    const parsed = JSON.parse(renderJson(reversed(TEST_PICTURE) as Picture)) as Picture;
    expect(Object.keys(pick(parsed) as object)).toEqual([...keys]);
  });

  it('keeps extra fields, after the typed ones, in alphabetical order', () => {
    const p = { ...TEST_PICTURE, zeta: 1, alpha: { b: 2, a: 1 } } as Picture;
    expect(Object.keys(JSON.parse(renderJson(p)))).toEqual([
      'sitrep',
      'documents',
      'stories',
      'alpha',
      'zeta',
    ]);
    expect(renderJson(p)).toContain('  "alpha": {\n    "b": 2,\n    "a": 1\n  },');
  });

  it('writes the empty picture', () => {
    expect(renderJson({ sitrep: '0.1.0', documents: [], stories: [] })).toBe(
      '{\n  "sitrep": "0.1.0",\n  "documents": [],\n  "stories": []\n}\n',
    );
  });
});
