import type { Picture, PictureStory } from '../model/picture.js';
import { quoteOf } from './citation-register.js';
import type { ActorRow, Cite } from './view-types.js';

const TYPE_LABEL: Readonly<Record<string, string>> = {
  person: 'person',
  organization: 'organisation',
  group: 'group',
  other: 'other',
};

/**
 * The story's actors (every entity that is not a place), most mentioned first: each with the other ways the
 * reports name it (its aliases and the distinct words of its mentions: "the Observatory", "the monitor"),
 * citing its first mention.
 */
export const buildActorRows = (p: Picture, s: PictureStory, cite: Cite): readonly ActorRow[] => {
  const texts = new Map(p.documents.map((d) => [d.id, d.text]));
  return s.entities
    .filter((e) => e.type !== 'place')
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.mentions.length - a.e.mentions.length || a.i - b.i)
    .map(({ e }) => {
      const seen = new Set([e.name.toLowerCase()]);
      const also: string[] = [];
      const said = e.mentions.map((m) => quoteOf(texts.get(m.documentId), m));
      for (const name of [...e.aliases, ...said]) {
        if (name === null || name === '' || seen.has(name.toLowerCase())) continue;
        seen.add(name.toLowerCase());
        also.push(name);
      }
      return {
        name: e.name,
        type: TYPE_LABEL[e.type] ?? e.type,
        also: also.join('; '),
        mentions: e.mentions.length,
        cites: cite(e.mentions.slice(0, 1)),
      };
    });
};
