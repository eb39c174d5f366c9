import type { PictureEntity } from '../../model/picture.js';
import type { StoryDoc } from '../story-doc.js';
import { isNewsOutlet } from './news-outlet.js';

/** How many entity names make a title when no report has one. */
const TITLE_ENTITIES = 3;

/**
 * The title of the story's earliest titled report (docs come in report order); else its most mentioned
 * entities' names, news outlets left out (news-outlet.ts: "BBC" or "Reuters" reports a story, it does not
 * name it), each name once (an organisation and a person both named "Ford" make one "Ford"); else "Untitled
 * story".
 */
export const storyTitle = (docs: readonly StoryDoc[], entities: readonly PictureEntity[]): string => {
  const titled = docs.find((d) => (d.report.title ?? '').trim() !== '');
  if (titled) return titled.report.title!.trim();
  const names = new Map<string, string>();
  const ranked = entities
    .filter((e) => !isNewsOutlet(e.name) && !e.aliases.some(isNewsOutlet))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  for (const e of ranked) {
    if (names.size === TITLE_ENTITIES) break;
    const said = e.name.trim().toLowerCase();
    if (!names.has(said)) names.set(said, e.name);
  }
  return names.size > 0 ? [...names.values()].join(', ') : 'Untitled story';
};
