import type { LinkedClaim } from '../link/claims/build-claims.js';
import { buildClaims } from '../link/claims/build-claims.js';
import { mergeEntities } from '../link/entities/merge-entities.js';
import { buildEvents } from '../link/events/build-events.js';
import { storyTitle } from '../link/stories/story-title.js';
import { docText, type StoryDoc } from '../link/story-doc.js';
import type { Citation, PictureConflict, PictureFigure, PictureStory } from '../model/picture.js';
import { buildBriefing } from './briefing/build-briefing.js';
import { claimAbout } from './conflicts/claim-about.js';
import { denialConflicts } from './conflicts/denial-conflicts.js';
import { seriesConflicts } from './conflicts/series-conflicts.js';
import { buildControl } from './control/build-control.js';
import { buildFigures } from './figures/build-figures.js';
import { reportVoice } from './report-voice.js';
import { buildTimeline } from './timeline/build-timeline.js';

/**
 * The picture of one story (its reports in report order). Every id inside is `${storyId}/…`, so ids are
 * unique across the picture and stable while the story's reports do not change.
 */
export const buildStory = (storyId: string, docs: readonly StoryDoc[]): PictureStory => {
  const prefix = `${storyId}/`;
  const entities = mergeEntities(docs, prefix);
  const nameOf = new Map(entities.entities.map((e) => [e.id, e.name]));
  const docOf = new Map(docs.map((d) => [d.report.id as string, d]));
  // A voice is named, never an id: the outlet, else the report's title, else "report of <published date>".
  const outletOf = (documentId: string): string => reportVoice(docOf.get(documentId)?.report ?? null);

  const claims = buildClaims(docs, entities, prefix);
  const { figures, figureOf } = buildFigures(docs, entities, prefix);
  const events = buildEvents(docs, entities, figureOf, claims, prefix);

  const figureVoice = (f: PictureFigure): string =>
    (f.claimantId && nameOf.get(f.claimantId)) || outletOf(f.evidence[0]!.documentId);
  const claimVoice = (c: LinkedClaim): string =>
    (c.claim.claimantId && nameOf.get(c.claim.claimantId)) ||
    (c.attribution.source ? docText(c.doc, c.attribution.source).trim() : outletOf(c.claim.documentId));
  const conflicts: PictureConflict[] = [
    ...seriesConflicts(figures, figureVoice),
    ...denialConflicts(claims, claimVoice, (c) => claimAbout(c, entities)),
  ].map((c, i) => ({ id: `${prefix}x${i + 1}`, ...c }));

  const inConflict = new Set(conflicts.flatMap((c) => c.itemIds));
  const figureCites = (fs: readonly PictureFigure[]): Citation[] => fs.flatMap((f) => f.evidence);
  const claimCites = (cs: readonly LinkedClaim[]): Citation[] => cs.map((c) => c.claim.content);
  const briefing = buildBriefing(docs, {
    figures: figureCites(figures),
    events: events
      .filter((e) => e.modality === 'happened' || e.modality === 'denied')
      .flatMap((e) => e.evidence),
    claims: claimCites(claims),
    conflicted: [
      ...figureCites(figures.filter((f) => inConflict.has(f.id))),
      ...claimCites(claims.filter((c) => inConflict.has(c.claim.id))),
    ],
  });

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
    }),
    briefing,
  };
};
