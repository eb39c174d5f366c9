import type { PictureEntity } from '../../model/picture.js';

/** More entities than storyTitle ever names (it names the 3 most mentioned). */
export const TITLE_CANDIDATES = 32;

/**
 * What storyTitle reads of an untitled story's entities: the most mentioned ones (every entity mentioned at
 * least as often as the TITLE_CANDIDATES-th, in their order), so that it need not sort thousands of entities
 * after every report. (A titled story's title is its earliest report's title: it reads no entity.)
 */
export const mostMentioned = (entities: readonly PictureEntity[]): readonly PictureEntity[] => {
  if (entities.length <= TITLE_CANDIDATES) return entities;
  // the TITLE_CANDIDATES largest counts, smallest first
  const top: number[] = [];
  for (let i = 0; i < entities.length; i += 1) {
    const n = entities[i]!.mentions.length;
    if (top.length === TITLE_CANDIDATES && n <= top[0]!) continue;
    let at = 0;
    while (at < top.length && top[at]! < n) at += 1;
    top.splice(at, 0, n);
    if (top.length > TITLE_CANDIDATES) top.shift();
  }
  const least = top[0]!;
  return entities.filter((e) => e.mentions.length >= least);
};
