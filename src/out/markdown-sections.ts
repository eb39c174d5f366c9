import { markdownUrl, escapeMarkdown as md } from './markdown-escape.js';
import { absentNote, type StorySection, storySections } from './story-sections.js';
import type { Cited, SourceRow, StoryView, TimelineLine } from './view-types.js';

const NONE = '_None._';

/** Footnote references: `[^1][^2]`. */
export const refs = (cites: readonly number[]): string => cites.map((n) => `[^${n}]`).join('');

const table = (head: readonly string[], rows: readonly (readonly string[])[]): string[] =>
  rows.length === 0
    ? [NONE]
    : [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
      ];

const list = (items: readonly string[]): string[] => (items.length === 0 ? [NONE] : [...items]);

const cited = (c: Cited): string => `${md(c.text)}${refs(c.cites)}`;
/** `  - Protest in Karsa: “Thousands marched to the square” — _reported, 1 source_[^4]` */
const eventItem = (e: TimelineLine): string =>
  `  - ${md(e.text)}${e.gist === null ? '' : `: “${md(e.gist)}”`} — _${md(e.status)}_${refs(e.cites)}`;

/** The title; an untitled report's opening words in italics, then its file: `_Troops entered…_ (p1.txt)`. */
const sourceTitle = (r: SourceRow): string => {
  const named = r.title !== null ? md(r.title) : r.opening !== null ? `_${md(r.opening)}_` : md(r.file);
  const url = markdownUrl(r.url);
  const linked = url === null ? named : `[${named}](${url})`;
  return r.title === null && r.opening !== null ? `${linked} (${md(r.file)})` : linked;
};

const sources = (s: StoryView): string[] =>
  table(
    ['#', 'Title', 'Outlet', 'Published', 'Duplicate of'],
    s.sources.map((r) => [
      r.label,
      sourceTitle(r),
      r.outlet === null ? '—' : md(r.outlet),
      r.published,
      md(r.duplicateOf),
    ]),
  );

const figures = (s: StoryView): string[] =>
  s.figures.length === 0
    ? [NONE]
    : s.figures.flatMap((t) => [
        `#### ${md(t.heading)}`,
        '',
        ...table(
          ['Value', 'Claimant', 'As of', 'Window', 'Sources'],
          t.rows.map((r) => [md(r.value), md(r.claimant), r.asOf, md(r.window), refs(r.cites)]),
        ),
        '',
      ]);

const conflicts = (s: StoryView): string[] =>
  list(
    s.conflicts.map((x) =>
      [`- **${md(x.kind)}**: ${md(x.note)}`, ...x.items.map((i) => `  - ${cited(i)}`)].join('\n'),
    ),
  );

const claims = (s: StoryView): string[] =>
  s.claimants.length === 0
    ? [NONE]
    : s.claimants.flatMap((c) => [
        `#### ${md(c.name)}`,
        '',
        ...c.claims.map(
          (l) =>
            `- _${md(l.stance)}_${l.cue === '' ? '' : ` (${md(l.cue)})`}: “${md(l.quote)}”${refs(l.cites)}`,
        ),
        '',
      ]);

const timeline = (s: StoryView): string[] => {
  const days = s.timeline.map((d) => [`- **${d.date}**`, ...d.events.map(eventItem)].join('\n'));
  const undated = s.undated.length === 0 ? [] : [['- **Undated**', ...s.undated.map(eventItem)].join('\n')];
  return list([...days, ...undated]);
};

const control = (s: StoryView): string[] =>
  table(
    ['Place', 'Held by', 'From', 'Until', 'Extent', 'Status', 'According to', 'Sources'],
    s.control.map((r) => [
      md(r.place),
      md(r.holders),
      r.from,
      r.until,
      r.extent,
      r.status,
      md(r.claimants),
      refs(r.cites),
    ]),
  );

const actors = (s: StoryView): string[] =>
  table(
    ['Name', 'Type', 'Also called', 'Mentions'],
    s.actors.map((a) => [
      md(a.name),
      a.type,
      a.also === '' ? '—' : md(a.also),
      `${a.mentions}${refs(a.cites)}`,
    ]),
  );

const places = (s: StoryView): string[] =>
  table(
    ['Name', 'Precision', 'Lat', 'Lon', 'Gazetteer'],
    s.places.map((p) => [md(p.name), p.precision, p.lat, p.lon, md(p.gazetteerId)]),
  );

/** One story as Markdown lines: title, then the parts that have something in reading order, then which have none. */
export const storyMarkdown = (s: StoryView): string[] => {
  const body: Readonly<Record<StorySection, () => string[]>> = {
    Sources: () => sources(s),
    Briefing: () => s.briefing.map(cited).flatMap((l) => [l, '']),
    Figures: () => figures(s),
    'Conflicts and changes': () => conflicts(s),
    'Claims by claimant': () => claims(s),
    Timeline: () => timeline(s),
    'Control of places': () => control(s),
    Who: () => actors(s),
    Places: () => places(s),
  };
  const { shown, absent } = storySections(s);
  const note = absentNote(absent);
  return [
    `## ${md(s.title)}`,
    '',
    ...shown.flatMap((title) => [`### ${title}`, '', ...body[title](), '']),
    ...(note === null ? [] : [`_${md(note)}_`, '']),
  ];
};
