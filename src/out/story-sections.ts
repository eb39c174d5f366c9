import type { StoryView } from './view-types.js';

/** The parts of a story in reading order, as both briefings (Markdown, HTML) title them. */
export const STORY_SECTIONS = [
  'Sources',
  'Briefing',
  'Figures',
  'Conflicts and changes',
  'Claims by claimant',
  'Timeline',
  'Control of places',
  'Who',
  'Places',
] as const;
export type StorySection = (typeof STORY_SECTIONS)[number];

const isEmpty = (s: StoryView, section: StorySection): boolean => {
  switch (section) {
    case 'Sources':
      return s.sources.length === 0;
    case 'Briefing':
      return s.briefing.length === 0;
    case 'Figures':
      return s.figures.length === 0;
    case 'Conflicts and changes':
      return s.conflicts.length === 0;
    case 'Claims by claimant':
      return s.claimants.length === 0;
    case 'Timeline':
      return s.timeline.length === 0 && s.undated.length === 0;
    case 'Control of places':
      return s.control.length === 0;
    case 'Who':
      return s.actors.length === 0;
    case 'Places':
      return s.places.length === 0;
  }
};

/**
 * Which parts a story shows and which it leaves out: an empty part is not printed as a heading over "None." but
 * named once in `absent`, in reading order, so a reader still learns it was looked for and nothing found.
 */
export const storySections = (
  s: StoryView,
): { readonly shown: readonly StorySection[]; readonly absent: readonly StorySection[] } => ({
  shown: STORY_SECTIONS.filter((x) => !isEmpty(s, x)),
  absent: STORY_SECTIONS.filter((x) => isEmpty(s, x)),
});

/** How the note of absent parts names each part. */
const IN_NOTE: Readonly<Record<StorySection, string>> = {
  Sources: 'sources',
  Briefing: 'briefing',
  Figures: 'figures',
  'Conflicts and changes': 'conflicts or changes',
  'Claims by claimant': 'claims',
  Timeline: 'events',
  'Control of places': 'control of places',
  Who: 'people or organisations',
  Places: 'places',
};

/** `Nothing found: figures, conflicts or changes, control of places.`, or null when every part has something. */
export const absentNote = (absent: readonly StorySection[]): string | null =>
  absent.length === 0 ? null : `Nothing found: ${absent.map((x) => IN_NOTE[x]).join(', ')}.`;
