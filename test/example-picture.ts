import { pictureForInputs } from '../src/app/picture-for-inputs.js';
import type { Picture, PictureEntity, PictureFigure, PictureStory } from '../src/model/picture.js';

export const EXAMPLE_DIR = new URL('../examples/aleppo-2016/', import.meta.url).pathname;

let cached: Promise<Picture> | null = null;
/** The example's picture, computed once per test file. */
export const examplePicture = (): Promise<Picture> => {
  cached ??= pictureForInputs([EXAMPLE_DIR]);
  return cached;
};

/** The text a citation points to. */
export const cited = (p: Picture, c: { documentId: string; start: number; end: number }): string => {
  const doc = p.documents.find((d) => d.id === c.documentId);
  if (!doc) throw new Error(`no document ${c.documentId}`);
  return doc.text.slice(c.start, c.end);
};

export const entityNamed = (s: PictureStory, name: string): PictureEntity | undefined =>
  s.entities.find((e) => e.name === name || e.aliases.includes(name));

export const claimantName = (s: PictureStory, f: PictureFigure): string | null =>
  f.claimantId === null ? null : (s.entities.find((e) => e.id === f.claimantId)?.name ?? null);

/** The figure whose first evidence span reads exactly `text`. */
export const figureCiting = (p: Picture, s: PictureStory, text: string): PictureFigure | undefined =>
  s.figures.find((f) => f.evidence.some((e) => cited(p, e).includes(text)));
