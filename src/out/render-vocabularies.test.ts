import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TAXONOMY } from '../model/event-taxonomy.js';
import { EVENT_TYPES } from '../model/event-type.js';
import { MEASURES } from '../model/measure.js';
import { STANCES } from '../model/stance.js';
import { renderVocabularies } from './render-vocabularies.js';
import { MODALITY_NOTES, vocabulary } from './vocabulary-notes.js';

const doc = readFileSync(new URL('../../docs/vocabularies.md', import.meta.url), 'utf8');

describe('docs/vocabularies.md', () => {
  it('is what render-vocabularies writes (run `npm run docs:vocabularies` after a change)', () => {
    expect(doc).toBe(renderVocabularies());
  });

  it.each([...EVENT_TYPES])('lists the event type %s with its ACLED and PLOVER names', (t) => {
    const info = EVENT_TAXONOMY[t];
    const acled = info.acled === null ? '— | —' : `${info.acled.eventType} | ${info.acled.subEventType}`;
    expect(doc.split('\n')).toContain(`| \`${t}\` | ${info.label} | ${acled} | ${info.plover} |`);
  });

  it.each([...MEASURES, ...STANCES, ...vocabulary(MODALITY_NOTES)])('lists %s', (v) => {
    expect(doc).toMatch(new RegExp(`^\\| \`${v}\` \\|`, 'm'));
  });

  it('has a section per vocabulary', () => {
    expect(doc.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## Measures',
      '## Event types',
      '## Stances',
      '## Modalities',
      '## Event statuses',
      '## Conflict kinds',
      '## Control extents',
      '## Entity types',
      '## Geo precisions',
      '## Date precisions',
      '## Figure units',
    ]);
  });
});
