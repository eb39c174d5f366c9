import type { Citation } from './api.js';
import { el, section } from './dom.js';
import type { StoryContext } from './story-context.js';

/** The citations behind the items (figures, events, claims) a conflict sets against each other. */
const itemCitations = (ctx: StoryContext, id: string): readonly Citation[] =>
  ctx.story.figures.find((f) => f.id === id)?.evidence ??
  ctx.story.events.find((e) => e.id === id)?.evidence ??
  ctx.story.claims.filter((c) => c.id === id).map((c) => c.content);

export const conflictsPanel = (ctx: StoryContext): HTMLElement =>
  section(
    'Conflicts',
    'conflicts',
    ctx.story.conflicts.length === 0
      ? el('p', { className: 'empty' }, 'No conflicting reports.')
      : el(
          'ul',
          {},
          ...ctx.story.conflicts.map((c) =>
            el(
              'li',
              { className: `conflict conflict-${c.kind}` },
              el('span', { className: 'badge' }, c.kind),
              ' ',
              c.note,
              ' ',
              ...c.itemIds.flatMap((id) => itemCitations(ctx, id)).map((cit) => ctx.cite(cit)),
            ),
          ),
        ),
  );
