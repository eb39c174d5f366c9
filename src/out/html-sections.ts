import { escapeHtml as h, isHttpUrl } from './html-escape.js';
import { absentNote, type StorySection, storySections } from './story-sections.js';
import type { Cited, SourceRow, StoryView, TimelineLine } from './view-types.js';

/** Citation links for a list of citation numbers (each points at its <mark> in the Sources section). */
export type CiteLinks = (cites: readonly number[]) => string;

const NONE = '<p class="none">None.</p>';

const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  rows.length === 0
    ? NONE
    : [
        '<table>',
        `<thead><tr>${head.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`),
        '</tbody>',
        '</table>',
      ].join('\n');

const ul = (items: readonly string[]): string =>
  items.length === 0 ? NONE : `<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`;

/** The title; an untitled report's opening words in italics, then its file: `<em>Troops entered…</em> (p1.txt)`. */
const sourceTitle = (r: SourceRow): string =>
  r.title !== null ? h(r.title) : r.opening !== null ? `<em>${h(r.opening)}</em> (${h(r.file)})` : h(r.file);

const sources = (s: StoryView): string =>
  table(
    ['#', 'Title', 'Outlet', 'Published', 'Duplicate of'],
    s.sources.map((r) => [
      `<a href="#doc-${r.documentIndex + 1}">${h(r.label)}</a>`,
      sourceTitle(r),
      r.outlet === null ? '—' : h(r.outlet),
      `<time>${h(r.published)}</time>`,
      h(r.duplicateOf),
    ]),
  );

const figures = (s: StoryView, links: CiteLinks): string =>
  s.figures.length === 0
    ? NONE
    : s.figures
        .map((t) =>
          [
            `<h4>${h(t.heading)}</h4>`,
            table(
              ['Value', 'Claimant', 'As of', 'Window', 'Sources'],
              t.rows.map((r) => [
                `<strong>${h(r.value)}</strong>`,
                h(r.claimant),
                `<time>${h(r.asOf)}</time>`,
                h(r.window),
                links(r.cites),
              ]),
            ),
          ].join('\n'),
        )
        .join('\n');

const cited = (c: Cited, links: CiteLinks): string => `${h(c.text)}${links(c.cites)}`;

const conflicts = (s: StoryView, links: CiteLinks): string =>
  ul(
    s.conflicts.map(
      (x) => `<strong>${h(x.kind)}</strong>: ${h(x.note)}${ul(x.items.map((i) => cited(i, links)))}`,
    ),
  );

const claims = (s: StoryView, links: CiteLinks): string =>
  s.claimants.length === 0
    ? NONE
    : s.claimants
        .map((c) =>
          [
            `<h4>${h(c.name)}</h4>`,
            ul(
              c.claims.map(
                (l) =>
                  `<em>${h(l.stance)}</em>${l.cue === '' ? '' : ` (${h(l.cue)})`}: <q>${h(l.quote)}</q>${links(l.cites)}`,
              ),
            ),
          ].join('\n'),
        )
        .join('\n');

const eventItem = (e: TimelineLine, links: CiteLinks): string =>
  `${h(e.text)}${e.gist === null ? '' : `: <q>${h(e.gist)}</q>`} <span class="status">${h(e.status)}</span>${links(e.cites)}`;

const timeline = (s: StoryView, links: CiteLinks): string => {
  const day = (date: string, events: readonly TimelineLine[]): string =>
    `<dt>${h(date)}</dt>\n${events.map((e) => `<dd>${eventItem(e, links)}</dd>`).join('\n')}`;
  const days = [
    ...s.timeline.map((d) => day(d.date, d.events)),
    ...(s.undated.length === 0 ? [] : [day('Undated', s.undated)]),
  ];
  return days.length === 0 ? NONE : `<dl class="timeline">\n${days.join('\n')}\n</dl>`;
};

const control = (s: StoryView, links: CiteLinks): string =>
  table(
    ['Place', 'Held by', 'From', 'Until', 'Extent', 'Status', 'According to', 'Sources'],
    s.control.map((r) => [
      h(r.place),
      h(r.holders),
      `<time>${h(r.from)}</time>`,
      `<time>${h(r.until)}</time>`,
      h(r.extent),
      h(r.status),
      h(r.claimants),
      links(r.cites),
    ]),
  );

const actors = (s: StoryView, links: CiteLinks): string =>
  table(
    ['Name', 'Type', 'Also called', 'Mentions'],
    s.actors.map((a) => [
      h(a.name),
      h(a.type),
      a.also === '' ? '—' : h(a.also),
      `${a.mentions}${links(a.cites)}`,
    ]),
  );

const places = (s: StoryView): string =>
  table(
    ['Name', 'Precision', 'Lat', 'Lon', 'Gazetteer'],
    s.places.map((p) => [h(p.name), h(p.precision), h(p.lat), h(p.lon), h(p.gazetteerId)]),
  );

/** One story as an HTML <section> with the same parts as the Markdown briefing (empty parts named at the end). */
export const storyHtml = (s: StoryView, index: number, links: CiteLinks): string => {
  const body: Readonly<Record<StorySection, () => string>> = {
    Sources: () => sources(s),
    Briefing: () => s.briefing.map((b) => `<p>${cited(b, links)}</p>`).join('\n'),
    Figures: () => figures(s, links),
    'Conflicts and changes': () => conflicts(s, links),
    'Claims by claimant': () => claims(s, links),
    Timeline: () => timeline(s, links),
    'Control of places': () => control(s, links),
    Who: () => actors(s, links),
    Places: () => places(s),
  };
  const { shown, absent } = storySections(s);
  const note = absentNote(absent);
  return [
    `<section class="story" id="story-${index + 1}">`,
    `<h2>${h(s.title)}</h2>`,
    ...shown.map((title) => `<section>\n<h3>${title}</h3>\n${body[title]()}\n</section>`),
    ...(note === null ? [] : [`<p class="none">${h(note)}</p>`]),
    '</section>',
  ].join('\n');
};

/** A link for a document's URL when it is http(s); otherwise the URL as text. */
export const urlHtml = (url: string): string =>
  isHttpUrl(url) ? `<a href="${h(url)}" rel="noreferrer noopener">${h(url)}</a>` : h(url);
