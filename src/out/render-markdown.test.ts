import { describe, expect, it } from 'vitest';
import type { Picture } from '../model/picture.js';
import { renderMarkdown } from './render-markdown.js';
import { TEST_PICTURE } from './test-picture.js';
import { cite } from './test-picture-documents.js';

const md = renderMarkdown(TEST_PICTURE);
const lines = md.split('\n');

/** The lines from the heading `title` up to the next heading of the same or higher level. */
const section = (title: string): string[] => {
  const start = lines.indexOf(title);
  if (start < 0) throw new Error(`no ${title}`);
  const level = title.indexOf(' ');
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.indexOf(' ') <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l !== '');
};

describe('renderMarkdown', () => {
  it('opens with the title and counts, ends with one newline', () => {
    expect(lines.slice(0, 4)).toEqual([
      '# Situation picture',
      '',
      'sitrep 0.1.0 · 4 documents · 2 stories',
      '',
    ]);
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
    expect(md).not.toMatch(/\n\n\n/);
  });

  it('has one part per story', () => {
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## Army retakes Old Quarter of Karsa',
      '## Flooding in Lowmarsh',
    ]);
  });

  it.each<[string, readonly string[]]>([
    [
      '### Sources',
      [
        '| # | Title | Outlet | Published | Duplicate of |',
        '| --- | --- | --- | --- | --- |',
        '| S1 | [Army retakes Old Quarter of Karsa](https://example.org/karsa-1) | Example Wire | 2020-03-02 | — |',
        '| S2 | Karsa: army holds \\*more than half\\* \\| update | — | 2020-03-05 (inferred) | — |',
        '| S3 | Army retakes Old Quarter of Karsa | Other Paper | 2020-03-02 | S1 |',
      ],
    ],
    [
      '### Briefing',
      [
        'Government forces retook the Old Quarter of Karsa on 1 March 2020; rebels deny it.[^1][^2]',
        'The army held nearly half of Karsa on 2 March and more than half by 5 March.[^3][^4]',
        'More than 50,000 people have fled since February.[^5]',
      ],
    ],
    [
      '#### Share controlled in Karsa',
      [
        '| Value | Claimant | As of | Window | Sources |',
        '| --- | --- | --- | --- | --- |',
        '| nearly 50% | officials | 2020-03-02 | — | [^3] |',
        '| more than 50% | Karsa Monitor | 2020-03-05 | — | [^4] |',
      ],
    ],
    [
      '#### Killed — civilians in Karsa',
      [
        '| Value | Claimant | As of | Window | Sources |',
        '| --- | --- | --- | --- | --- |',
        '| ≈310 | Karsa Monitor | 2020-03-02 | since 2020-02-10 | [^6][^7] |',
      ],
    ],
    [
      '#### Fled — people in Karsa',
      [
        '| Value | Claimant | As of | Window | Sources |',
        '| --- | --- | --- | --- | --- |',
        '| \\> 50,000 | the report itself | 2020-03-05 | since 2020-02-01 | [^8] |',
      ],
    ],
    [
      '#### Area controlled in Karsa',
      [
        '| Value | Claimant | As of | Window | Sources |',
        '| --- | --- | --- | --- | --- |',
        '| 20 km² | Army | 2020-03-05 | — | [^9] |',
      ],
    ],
    [
      '### Conflicts and changes',
      [
        '- **Evolution**: Share controlled: nearly 50% (S1), 2020-03-02 → more than 50% (S2), 2020-03-05',
        // each figure with its source key and date
        '  - Share controlled: nearly 50% (officials, S1, 2020-03-02)[^3]',
        '  - Share controlled: more than 50% (Karsa Monitor, S2, 2020-03-05)[^4]',
        '- **Denial**: Rebels deny losing the Old Quarter.',
        '  - Army (asserts): “Government forces retook the Old Quarter of Karsa on Sunday”[^1]',
        '  - Rebels (denies): “losing the quarter”[^10]',
      ],
    ],
    ['#### Rebels', ['- _denies_ (denied): “losing the quarter”[^10]']],
    ['#### Officials', ['- _asserts_ (officials said): “The army now holds nearly half of the city”[^12]']],
    [
      '### Timeline',
      [
        '- **2020-02-01**',
        // each event with what happened in its first telling's words
        '  - More than 50,000 people fled Karsa: “More than 50,000 people have fled the city since February” — _reported, 1 source_[^5]',
        '- **2020-03-01**',
        '  - Government forces retook the Old Quarter: “Government forces retook the Old Quarter of Karsa on Sunday” — _disputed, 1 source_[^1][^13][^2]',
        '- **Undated**',
        '  - Around 310 civilians killed in Karsa: “Around 310 civilians have been killed since February 10” — _corroborated, 2 sources_[^14][^15]',
      ],
    ],
    [
      '### Control of places',
      [
        '| Place | Held by | From | Until | Extent | Status | According to | Sources |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| Old Quarter | Army | 2020-03-01 | — | holds | disputed | Army | [^1][^13][^2] |',
      ],
    ],
    [
      '### Who',
      [
        '| Name | Type | Also called | Mentions |',
        '| --- | --- | --- | --- |',
        '| Army | organisation | Government forces; the army; Troops | 2[^16] |',
        '| Karsa Monitor | organisation | — | 2[^17] |',
        '| Rebels | group | — | 1[^18] |',
      ],
    ],
    [
      '### Places',
      [
        '| Name | Precision | Lat | Lon | Gazetteer |',
        '| --- | --- | --- | --- | --- |',
        '| Karsa | city | 36.5000 | 38.2500 | curated:karsa |',
        '| Old Quarter | district | 36.5012 | 38.2555 | — |',
      ],
    ],
  ])('%s of the first story', (heading, expected) => {
    expect(section(heading)).toEqual(expected);
  });

  it('lists claimants in order of first claim, then sources named by words only', () => {
    const claimants = section('### Claims by claimant').filter((l) => l.startsWith('#### '));
    expect(claimants).toEqual(['#### Army', '#### Rebels', '#### Karsa Monitor', '#### Officials']);
  });

  it('lists a source named by words only under the entity of that name (letter case aside)', () => {
    const [story, ...rest] = TEST_PICTURE.stories;
    const byWords = {
      ...story!.claims[2]!,
      id: 'c9',
      claimantId: null,
      claimantSpan: cite('d2', 'Karsa Monitor'),
    };
    const picture = {
      ...TEST_PICTURE,
      stories: [{ ...story!, claims: [...story!.claims, byWords] }, ...rest],
    };
    const out = renderMarkdown(picture).split('\n');
    const from = out.indexOf('### Claims by claimant');
    const claimants = out.slice(from, out.indexOf('### Timeline', from)).filter((l) => l.startsWith('#### '));
    expect(claimants).toEqual(['#### Army', '#### Rebels', '#### Karsa Monitor', '#### Officials']);
  });

  it('lists “The army” under the entity Army, and its words read in another report as one line', () => {
    const [story, ...rest] = TEST_PICTURE.stories;
    const retold = {
      ...story!.claims[0]!,
      id: 'c9',
      claimantId: null,
      cue: 'told',
      documentId: 'd3',
      claimantSpan: cite('d2', 'The army'),
      content: cite('d3', 'Government forces retook the Old Quarter of Karsa on Sunday'),
    };
    const picture = {
      ...TEST_PICTURE,
      stories: [{ ...story!, claims: [...story!.claims, retold] }, ...rest],
    };
    const out = renderMarkdown(picture).split('\n');
    const from = out.indexOf('### Claims by claimant');
    const part = out.slice(from, out.indexOf('### Timeline', from)).filter((l) => l !== '');
    expect(part.filter((l) => l.startsWith('#### '))).toEqual([
      '#### Army',
      '#### Rebels',
      '#### Karsa Monitor',
      '#### Officials',
    ]);
    expect(part[2]).toMatch(
      /^- _asserts_ \(said, told\): “Government forces retook the Old Quarter of Karsa on Sunday”\[\^1\]\[\^\d+\]$/,
    );
    // negative: the Rebels' denial is not joined to it
    expect(part[4]).toBe('- _denies_ (denied): “losing the quarter”[^10]');
  });

  it.each([
    [':', '- _denies_: “losing the quarter”[^10]'],
    ['Denied:', '- _denies_ (denied): “losing the quarter”[^10]'],
    ['negative: denied', '- _denies_ (denied): “losing the quarter”[^10]'],
  ])('prints the cue %s readably', (cue, line) => {
    const [story, ...rest] = TEST_PICTURE.stories;
    const claims = story!.claims.map((c) =>
      c.id === 'c2' ? { ...c, cue: cue.replace('negative: ', '') } : c,
    );
    const out = renderMarkdown({ ...TEST_PICTURE, stories: [{ ...story!, claims }, ...rest] }).split('\n');
    expect(out).toContain(line);
  });

  it('negative: a claim and a figure with no named source are unattributed and the report’s own', () => {
    const [story, ...rest] = TEST_PICTURE.stories;
    const unnamed = <T extends { claimantSpan: unknown }>(x: T): T => ({ ...x, claimantSpan: null });
    const picture = {
      ...TEST_PICTURE,
      stories: [
        { ...story!, claims: story!.claims.map(unnamed), figures: story!.figures.map(unnamed) },
        ...rest,
      ],
    };
    const out = renderMarkdown(picture).split('\n');
    expect(out.filter((l) => l.startsWith('#### ')).slice(-1)).toEqual(['#### Unattributed']);
    expect(out).toContain('| nearly 50% | Example Wire (own reporting) | 2020-03-02 | — | [^3] |');
  });

  it('leaves the empty parts of the second story out and names them once', () => {
    const story = lines.slice(lines.indexOf('## Flooding in Lowmarsh'));
    expect(story.filter((l) => l.startsWith('### '))).toEqual(['### Sources', '### Places']);
    expect(story).toContain(
      '_Nothing found: briefing, figures, conflicts or changes, claims, events, control of places, people or organisations._',
    );
    expect(story).not.toContain('_None._');
    // an untitled report: its opening words in italics, then its file
    expect(story).toContain(
      '| S4 | _Floodwater covered the lower town of Lowmarsh on Monday_ (lowmarsh.txt) | — | — | — |',
    );
    expect(story).toContain('| Lowmarsh | unresolved | — | — | — |');
  });

  it.each([
    '[^1]: S1 · _Army retakes Old Quarter of Karsa_ (Example Wire): “Government forces retook the Old Quarter of Karsa on Sunday”',
    '[^4]: S2 · _Karsa: army holds \\*more than half\\* \\| update_: “more than half of Karsa”',
    '[^7]: S3 · _Army retakes Old Quarter of Karsa_ (Other Paper): “Around 310 civilians”',
    '[^9]: S2 · _Karsa: army holds \\*more than half\\* \\| update_: “20 km²”',
  ])('footnote %s', (line) => {
    expect(lines).toContain(line);
  });

  it('numbers every cited span once, one footnote each', () => {
    const notes = lines.filter((l) => /^\[\^\d+\]: /.test(l));
    expect(notes.map((l) => l.slice(0, l.indexOf(':')))).toEqual(
      Array.from({ length: 18 }, (_, i) => `[^${i + 1}]`),
    );
  });

  it('escapes report text and says when a span is not in its document', () => {
    const p: Picture = {
      ...TEST_PICTURE,
      stories: [
        {
          ...TEST_PICTURE.stories[1]!,
          title: '# [x](javascript:alert(1)) <b>',
          briefing: [{ text: '1. *Hi* | there', citations: [{ documentId: 'd4', start: 50, end: 90 }] }],
        },
      ],
    };
    const out = renderMarkdown(p).split('\n');
    expect(out).toContain('## \\# \\[x\\](javascript:alert(1)) \\<b\\>');
    expect(out).toContain('1\\. \\*Hi\\* \\| there[^1]');
    expect(out).toContain('[^1]: S4 · _lowmarsh.txt_: span [50, 90) is not in the text');
  });

  it('says so when there are no stories', () => {
    expect(renderMarkdown({ sitrep: '0.1.0', documents: [], stories: [] })).toBe(
      '# Situation picture\n\nsitrep 0.1.0 · 0 documents · 0 stories\n\n_No stories._\n',
    );
  });
});
