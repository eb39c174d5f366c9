import { EVENT_TAXONOMY } from '../../src/model/event-taxonomy.js';
import type { EventType } from '../../src/model/event-type.js';
import type { Citation, Picture, PictureStory } from './api.js';
import { citeButton } from './report-viewer.js';

/** What every panel of a story needs: lookups and the numbering of citations (one number per span). */
export interface StoryContext {
  readonly picture: Picture;
  readonly story: PictureStory;
  name(entityId: string | null): string;
  quote(c: Citation): string | null;
  cite(c: Citation): HTMLElement;
  typeLabel(type: string): string;
}

export const storyContext = (picture: Picture, story: PictureStory): StoryContext => {
  const names = new Map(story.entities.map((e) => [e.id, e.name]));
  const texts = new Map(picture.documents.map((d) => [d.id, d.text]));
  const numbers = new Map<string, number>();
  const quote = (c: Citation) => texts.get(c.documentId)?.slice(c.start, c.end) ?? null;
  return {
    picture,
    story,
    name: (id) => (id === null ? 'unattributed' : (names.get(id) ?? id)),
    quote,
    cite: (c) => {
      const key = `${c.documentId}:${c.start}:${c.end}`;
      const n = numbers.get(key) ?? numbers.size + 1;
      numbers.set(key, n);
      return citeButton(c, n, quote(c));
    },
    typeLabel: (type) => EVENT_TAXONOMY[type as EventType]?.label ?? type,
  };
};
