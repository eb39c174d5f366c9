import { storyEventGist } from '../../src/out/event-gist.js';
import { el, section } from './dom.js';
import { eventColour } from './event-colours.js';
import type { StoryContext } from './story-context.js';

/** The story's dated events, latest first, as the picture's timeline orders them. */
export const timelinePanel = (ctx: StoryContext): HTMLElement => {
  const events = new Map(ctx.story.events.map((e) => [e.id, e]));
  const gistOf = storyEventGist(ctx.picture, ctx.story);
  return section(
    'Timeline',
    'timeline',
    el(
      'ol',
      {},
      ...ctx.story.timeline.map((t) =>
        el(
          'li',
          { dataset: { date: t.date } },
          el('time', { attrs: { datetime: t.date } }, t.date),
          el(
            'ul',
            {},
            ...t.eventIds.flatMap((id) => {
              const e = events.get(id);
              if (e === undefined) return [];
              const dot = el('span', { className: 'dot', title: ctx.typeLabel(e.type) });
              dot.style.backgroundColor = eventColour(e.type);
              const gist = gistOf(e);
              return [
                el(
                  'li',
                  { className: `event status-${e.status}` },
                  dot,
                  e.summary,
                  gist === null ? '' : ': ',
                  gist === null ? '' : el('q', { className: 'gist' }, gist),
                  ' ',
                  el('span', { className: 'badge' }, e.status),
                  ' ',
                  ...e.evidence.slice(0, 3).map((c) => ctx.cite(c)),
                ),
              ];
            }),
          ),
        ),
      ),
    ),
  );
};
