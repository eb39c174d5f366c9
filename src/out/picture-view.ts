import type { Picture, PictureStory } from '../model/picture.js';
import { buildActorRows } from './actor-rows.js';
import { type CitationRegister, citationRegister, sourceLabel } from './citation-register.js';
import { buildControlRows } from './control-rows.js';
import { daySummary } from './day-summary.js';
import { documentLabel } from './document-label.js';
import { storyEventGist } from './event-gist.js';
import { placeRows } from './place-rows.js';
import { buildClaimantViews, buildConflictViews, buildFigureTables, eventLine } from './story-views.js';
import type { Cite, PictureView, SourceRow, StoryView } from './view-types.js';

/**
 * The readable picture both briefings (Markdown, HTML) render: plain strings, citations numbered in
 * reading order (sources, briefing, figures, conflicts, claims, timeline, control, actors), the same span (and the
 * same words read twice in one report) keeping its number.
 */
export const buildPictureView = (p: Picture): PictureView => {
  const register = citationRegister(p);
  const stories = p.stories.map((s) => buildStoryView(p, s, register));
  return { version: p.sitrep, documents: p.documents, stories, citations: register.numbered() };
};

const buildStoryView = (p: Picture, s: PictureStory, register: CitationRegister): StoryView => {
  const cite: Cite = (cs) => [...new Set(cs.map(register.cite))];
  const names = new Map(s.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null): string | null => (id === null ? null : (names.get(id) ?? id));
  const briefing = s.briefing.map((b) => ({ text: b.text, cites: cite(b.citations) }));
  const figures = buildFigureTables(p, s, name, cite);
  const conflicts = buildConflictViews(p, s, name, cite);
  const claimants = buildClaimantViews(p, s, name, cite);
  const events = new Map(s.events.map((e) => [e.id, e]));
  const gistOf = storyEventGist(p, s);
  const timeline = s.timeline.map((t) => ({
    date: t.date,
    events: t.eventIds.flatMap((id) => {
      const e = events.get(id);
      if (e === undefined) return [];
      const line = eventLine(e, cite, gistOf);
      return [{ ...line, text: daySummary(line.text, t.date) }];
    }),
  }));
  const undated = s.events.filter((e) => e.date === null).map((e) => eventLine(e, cite, gistOf));
  return {
    id: s.id,
    title: s.title,
    sources: sourceRows(p, s),
    briefing,
    figures,
    conflicts,
    claimants,
    timeline,
    undated,
    control: buildControlRows(s, name, cite),
    actors: buildActorRows(p, s, cite),
    places: placeRows(s),
  };
};

const sourceRows = (p: Picture, s: PictureStory): readonly SourceRow[] => {
  const indexOf = new Map(p.documents.map((d, i) => [d.id, i]));
  return s.documentIds.flatMap((id) => {
    const i = indexOf.get(id);
    const d = i === undefined ? undefined : p.documents[i];
    if (i === undefined || d === undefined) return [];
    const dup = d.duplicateOf === null ? undefined : indexOf.get(d.duplicateOf);
    const published =
      d.published === null ? '—' : `${d.published}${d.publishedInferred ? ' (inferred)' : ''}`;
    const duplicateOf = d.duplicateOf === null ? '—' : dup === undefined ? d.duplicateOf : sourceLabel(dup);
    return [
      {
        label: sourceLabel(i),
        documentIndex: i,
        ...documentLabel(d),
        outlet: d.outlet,
        url: d.url,
        published,
        duplicateOf,
      },
    ];
  });
};
