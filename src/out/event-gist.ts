import type { Citation, Picture, PictureDocument, PictureEvent, PictureStory } from '../model/picture.js';
import { clipAround } from './clip-words.js';

/** How many words of its telling say what happened. */
const GIST_WORDS = 12;

/** Each documents array's texts by id, built once (a picture may hold thousands of documents and events). */
const TEXTS = new WeakMap<readonly PictureDocument[], ReadonlyMap<string, string>>();
const textOf = (documents: readonly PictureDocument[], id: string): string | undefined => {
  let byId = TEXTS.get(documents);
  if (byId === undefined) {
    byId = new Map(documents.map((d) => [d.id, d.text]));
    TEXTS.set(documents, byId);
  }
  return byId.get(id);
};

/**
 * What happened, in the words of the event's first telling that has any: at most twelve words of the clause
 * its evidence cites, from a few words before the first anchor inside it (`anchors`: sets of spans in order of
 * preference, e.g. where the telling names the event's actors or place, then its figures; the first set with an
 * anchor inside counts), else from the clause's start; cut at word boundaries (`…`) and never past the
 * sentence. Null when no evidence points into a known document's text.
 */
export const eventGist = (
  e: PictureEvent,
  documents: readonly PictureDocument[],
  anchors: readonly (readonly Citation[])[] = [],
): string | null => {
  for (const c of e.evidence) {
    const text = textOf(documents, c.documentId);
    if (text === undefined || c.start < 0 || c.start >= c.end || c.end > text.length) continue;
    const within = (a: Citation): boolean =>
      a.documentId === c.documentId && c.start <= a.start && a.end <= c.end;
    const inside = anchors.map((set) => set.filter(within)).find((set) => set.length > 0) ?? [];
    const first = inside.length === 0 ? null : Math.min(...inside.map((a) => a.start)) - c.start;
    const gist = clipAround(text.slice(c.start, c.end), GIST_WORDS, first);
    if (gist !== null) return gist;
  }
  return null;
};

/**
 * The gist of each event of a story, anchored on the mentions of its actors, targets and place in the telling,
 * else on the evidence of its figures.
 */
export const storyEventGist = (p: Picture, s: PictureStory): ((e: PictureEvent) => string | null) => {
  const mentions = new Map(s.entities.map((x) => [x.id, x.mentions]));
  const figures = new Map(s.figures.map((f) => [f.id, f.evidence]));
  return (e) => {
    const ids = [...e.actorIds, ...e.targetIds, ...(e.placeId === null ? [] : [e.placeId])];
    // the words around who and where first; around its figures only when the telling names neither
    return eventGist(e, p.documents, [
      ids.flatMap((id) => mentions.get(id) ?? []),
      e.figureIds.flatMap((id) => figures.get(id) ?? []),
    ]);
  };
};
