import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from '../segment/segment-stage.js';
import { entitiesStage } from './entities-stage.js';

const rows = (text: string) => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  return entitiesStage
    .run(segmentStage.run({}, ctx), ctx)
    .entities.map((e) => [text.slice(e.span.start, e.span.end), e.span.start, e.type, e.evidence.rule]);
};

describe('loneSentenceName (through the entities stage)', () => {
  it.each([
    ['Merkel told reporters she was pleased.', [['Merkel', 0, 'person', 'lone-name']]],
    ['Ahmed, 26, a student, said he fled.', [['Ahmed', 0, 'person', 'lone-name']]],
    // A verb only people do: a person; any other verb: a bare name.
    ['Putin spoke by phone.', [['Putin', 0, 'person', 'lone-name']]],
    ['Quorvin has resigned.', [['Quorvin', 0, 'person', 'lone-name']]],
    ['Quorvin looked tired.', [['Quorvin', 0, 'other', 'lone-name']]],
    // A company: by a company noun anywhere, or as the tagger read the word elsewhere in the document.
    [
      'Quorvin said it would cut gas. The company Quorvin is big.',
      [
        ['Quorvin', 0, 'organization', 'body-not-person'],
        ['Quorvin', 43, 'organization', 'same-name'],
      ],
    ],
    [
      'Zelnor said profits rose. Gazprom bought Zelnor last year.',
      [
        ['Zelnor', 0, 'organization', 'tagger:ORG'],
        ['Gazprom', 26, 'other', 'lone-name'],
        ['Zelnor', 41, 'organization', 'same-name'],
      ],
    ],
    // Negative rows: common nouns, plurals and abstract nouns at a sentence's start.
    ['Police said two died.', []],
    ['Witnesses said two died.', []],
    ['Medics said two died.', []],
    ['Paramedics arrived quickly.', []],
    ['Yesterday was hot.', []],
    ['Hellenization continued.', []],
    ['Kolaches are sweet.', []],
    // Seen in lower case in the document: a common word.
    ['Zorbing was fun. We went zorbing.', []],
    // Not followed by a verb.
    ['Merkel.', []],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
