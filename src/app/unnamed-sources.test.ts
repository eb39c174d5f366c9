import { describe, expect, it } from 'vitest';
import { analyseReport } from '../analyse/analyse-report.js';
import { identifyReports } from '../ingest/identify-reports.js';
import { parseInput } from '../ingest/parse-input.js';
import type { Citation } from '../model/picture.js';
import { buildPicture } from '../picture/build-picture.js';

/** The claimant of each claim and figure of a one-report picture: [entity name or null, source words or null]. */
const claimants = (text: string) => {
  const { reports } = identifyReports(parseInput('r.txt', Buffer.from(text)), []);
  const picture = buildPicture({ reports, analyses: reports.map((r) => analyseReport(r)) }, { version: 't' });
  const story = picture.stories[0]!;
  const words = (c: Citation | null) => (c === null ? null : reports[0]!.text.slice(c.start, c.end));
  const name = (id: string | null) => story.entities.find((e) => e.id === id)?.name ?? null;
  return {
    claims: story.claims.map((c) => [name(c.claimantId), words(c.claimantSpan)]),
    figures: story.figures.map((f) => [f.value ?? f.low, name(f.claimantId), words(f.claimantSpan)]),
  };
};

describe('claimants no entity stands for', () => {
  it('keep the words that name them, on the claim and on the figures it holds', () => {
    const got = claimants(
      'On Tuesday, a senior defence official accused the US-led coalition of killing more than 60 civilians near Mosul.\n',
    );
    expect(got.claims).toEqual([[null, 'a senior defence official']]);
    expect(got.figures).toEqual([[60, null, 'a senior defence official']]);
  });

  it('a named claimant has its entity and its words', () => {
    const got = claimants('Amnesty International said on Monday that 12 civilians were killed in Idlib.\n');
    expect(got.claims).toEqual([['Amnesty International', 'Amnesty International']]);
    expect(got.figures).toEqual([[12, 'Amnesty International', 'Amnesty International']]);
  });

  it('negative: the report’s own figures and a passive accusation name no one', () => {
    const got = claimants(
      'Government forces have been accused of killing 40 people in Douma. Shelling killed 15 people in Idlib.\n',
    );
    expect(got.claims).toEqual([[null, null]]);
    expect(got.figures).toEqual([
      [40, null, null],
      [15, null, null],
    ]);
  });
});
