import { buildClaims } from '../link/claims/build-claims.js';
import { mergeEntities } from '../link/entities/merge-entities.js';
import { buildEvents } from '../link/events/build-events.js';
import { storyTitle } from '../link/stories/story-title.js';
import type { StoryDoc } from '../link/story-doc.js';
import type { PictureConflict, PictureStory } from '../model/picture.js';
import { buildBriefing } from './briefing/build-briefing.js';
import { claimAbout } from './conflicts/claim-about.js';
import { denialConflicts } from './conflicts/denial-conflicts.js';
import { seriesConflicts } from './conflicts/series-conflicts.js';
import { buildControl } from './control/build-control.js';
import { confirmationsOfClaims } from './control/confirmed-spans.js';
import { buildFigures } from './figures/build-figures.js';
import { briefingMarks } from './incremental/briefing-marks.js';
import { storyVoices } from './incremental/story-voices.js';
import { buildTimeline } from './timeline/build-timeline.js';

/**
 * The picture of one story (its reports in report order). Every id inside is `${storyId}/…`, so ids are
 * unique across the picture and stable while the story's reports do not change. The full rebuild: the
 * incremental picture (incremental/story-state.ts) gives the same story one report at a time.
 */
export const buildStory = (storyId: string, docs: readonly StoryDoc[]): PictureStory => {
  const prefix = `${storyId}/`;
  const entities = mergeEntities(docs, prefix);
  const nameOf = new Map(entities.entities.map((e) => [e.id, e.name]));
  const docOf = new Map(docs.map((d) => [d.report.id as string, d]));
  const voice = storyVoices(
    (id) => nameOf.get(id),
    (id) => docOf.get(id)?.report ?? null,
  );

  const claims = buildClaims(docs, entities, prefix);
  const { figures, figureOf } = buildFigures(docs, entities, prefix);
  const events = buildEvents(docs, entities, figureOf, claims, prefix);

  const conflicts: PictureConflict[] = [
    ...seriesConflicts(figures, voice.figure),
    ...denialConflicts(claims, voice.claim, (c) => claimAbout(c, entities)),
  ].map((c, i) => ({ id: `${prefix}x${i + 1}`, ...c }));

  return {
    id: storyId,
    title: storyTitle(docs, entities.entities),
    documentIds: docs.map((d) => d.report.id),
    entities: entities.entities,
    events,
    figures,
    claims: claims.map((c) => c.claim),
    conflicts,
    timeline: buildTimeline(events),
    control: buildControl({
      prefix,
      events,
      entities: entities.entities,
      figures,
      publishedOf: (id) => docOf.get(id)?.report.published ?? null,
      ...confirmationsOfClaims(claims),
    }),
    briefing: buildBriefing(docs, briefingMarks(figures, events, claims, conflicts)),
  };
};
