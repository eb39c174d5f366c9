/** The documents of the test picture (an invented story), and `cite` to point into them by quotation. */
import type { IsoDate } from '../model/date.js';
import type { Citation, EventEvidence, PictureDocument } from '../model/picture.js';
import type { Stance } from '../model/stance.js';

const D1_TEXT =
  'Government forces retook the Old Quarter of Karsa on Sunday, the army said. ' +
  'Around 310 civilians have been killed since February 10, according to the Karsa Monitor. ' +
  'Rebels denied losing the quarter. The army now holds nearly half of the city, officials said.';
const D2_TEXT =
  'The army holds more than half of Karsa, the Karsa Monitor said on Thursday.\n\n' +
  'More than 50,000 people have fled the city since February. Troops hold 20 km² of the city’s 45 km².';
const D4_TEXT = 'Floodwater covered the lower town of Lowmarsh on Monday.';

export const date = (s: string): IsoDate => s as IsoDate;

const doc = (
  d: Omit<PictureDocument, 'published'> & { readonly published: string | null },
): PictureDocument => ({
  ...d,
  published: d.published === null ? null : date(d.published),
});

export const TEST_DOCUMENTS: readonly PictureDocument[] = [
  doc({
    id: 'd1',
    path: 'reports/karsa-1.txt',
    title: 'Army retakes Old Quarter of Karsa',
    outlet: 'Example Wire',
    url: 'https://example.org/karsa-1',
    published: '2020-03-02',
    publishedInferred: false,
    duplicateOf: null,
    text: D1_TEXT,
  }),
  doc({
    id: 'd2',
    path: 'reports/karsa-2.txt',
    title: 'Karsa: army holds *more than half* | update',
    outlet: null,
    url: null,
    published: '2020-03-05',
    publishedInferred: true,
    duplicateOf: null,
    text: D2_TEXT,
  }),
  doc({
    id: 'd3',
    path: 'reports/karsa-1-copy.txt',
    title: 'Army retakes Old Quarter of Karsa',
    outlet: 'Other Paper',
    url: null,
    published: '2020-03-02',
    publishedInferred: false,
    duplicateOf: 'd1',
    text: D1_TEXT,
  }),
  doc({
    id: 'd4',
    path: 'reports/lowmarsh.txt',
    title: null,
    outlet: null,
    url: null,
    published: null,
    publishedInferred: false,
    duplicateOf: null,
    text: D4_TEXT,
  }),
];

const TEXTS: Readonly<Record<string, string>> = Object.fromEntries(TEST_DOCUMENTS.map((d) => [d.id, d.text]));

/** The citation of the first occurrence of `quote` in document `documentId`. */
export const cite = (documentId: string, quote: string): Citation => {
  const start = (TEXTS[documentId] ?? '').indexOf(quote);
  if (start < 0) throw new Error(`test fixture: "${quote}" is not in ${documentId}`);
  return { documentId, start, end: start + quote.length };
};

/** An event telling's evidence: the clause `quote` in the document, its `trigger` inside it. */
export const told = (
  documentId: string,
  quote: string,
  trigger: string,
  claimantId: string | null,
  stance: Stance,
): EventEvidence => {
  if (!quote.includes(trigger)) throw new Error(`test fixture: "${trigger}" is not in "${quote}"`);
  const c = cite(documentId, quote);
  const triggerStart = c.start + quote.indexOf(trigger);
  return {
    ...c,
    claimantId,
    stance,
    triggerStart,
    triggerEnd: triggerStart + trigger.length,
    producer: 'test@1',
  };
};
