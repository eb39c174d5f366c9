import type { Picture } from '../model/picture.js';

/** The picture narrowed to one story and its documents (the foundation's shape); null when no such story. */
export const storyPicture = (p: Picture, storyId: string): Picture | null => {
  const story = p.stories.find((s) => s.id === storyId);
  if (story === undefined) return null;
  const ids = new Set(story.documentIds);
  return { sitrep: p.sitrep, documents: p.documents.filter((d) => ids.has(d.id)), stories: [story] };
};
