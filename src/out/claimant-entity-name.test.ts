import { describe, expect, it } from 'vitest';
import type { PictureEntity } from '../model/picture.js';
import { claimantEntityName } from './claimant-entity-name.js';

const entity = (id: string, name: string, aliases: string[] = []): PictureEntity => ({
  id,
  name,
  type: 'organization',
  aliases,
  mentions: [],
  geo: null,
});
const ENTITIES = [
  entity('e1', 'Brackwater Police Department', ['BPD', 'the police']),
  entity('e2', 'Dale Orrin', ['Orrin']),
  entity('e3', 'Mara Orrin', ['Orrin']),
];

describe('claimantEntityName', () => {
  it.each([
    ['an alias, with an article', 'the BPD', 'Brackwater Police Department'],
    ['an alias, letter case aside', 'Police', 'Brackwater Police Department'],
    ['the name itself', 'dale orrin', 'Dale Orrin'],
    ['negative: an alias two entities share', 'Orrin', null],
    ['negative: words no entity goes by', 'a police officer', null],
  ])('%s', (_, words, name) => expect(claimantEntityName(ENTITIES)(words)).toBe(name));
});
