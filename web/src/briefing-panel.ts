import { el, section } from './dom.js';
import type { StoryContext } from './story-context.js';

export const briefingPanel = (ctx: StoryContext): HTMLElement =>
  section(
    'Briefing',
    'briefing',
    ctx.story.briefing.length === 0
      ? el('p', { className: 'empty' }, 'No briefing yet.')
      : el(
          'ol',
          {},
          ...ctx.story.briefing.map((b) => el('li', {}, b.text, ' ', ...b.citations.map((c) => ctx.cite(c)))),
        ),
  );
