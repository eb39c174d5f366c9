/**
 * Test support for the incremental picture: more reports from a few (copies under new ids and dates, wire
 * copies, untitled copies) and seeded arrival orders. Not production code.
 */
import type { StoryDoc } from '../../link/story-doc.js';
import type { IsoDate } from '../../model/date.js';
import type { DocumentId } from '../../model/ids.js';
import type { Analysis } from '../../model/layers.js';
import type { Report } from '../../model/report.js';

/** The same report and analysis under another id: every mention id and evidence moves with it. */
export const renamedDoc = (d: StoryDoc, id: string, patch: Partial<Report> = {}): StoryDoc => {
  const from = d.report.id;
  const json = JSON.stringify(d.analysis)
    .replaceAll(`"${from}:`, `"${id}:`)
    .replaceAll(`"documentId":"${from}"`, `"documentId":"${id}"`);
  return {
    report: { ...d.report, id: id as DocumentId, contentHash: id, ...patch },
    analysis: JSON.parse(json) as Analysis,
  };
};

/** A seeded pseudo-random generator (Park–Miller), numbers in [0, 1). */
export const seeded = (seed: number): (() => number) => {
  let s = seed % 2147483647 || 1;
  return () => {
    s = (s * 16807) % 2147483647;
    return (s - 1) / 2147483646;
  };
};

export const shuffled = <T>(xs: readonly T[], random: () => number): T[] => {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

const DAYS = ['2016-11-26', '2016-11-28', '2016-12-01', '2016-12-03', '2016-12-03', null] as const;

/**
 * `base` and `copies` more reports made from it: each a base report under a new id (`<id>x<n>`) with another
 * date (some undated, several on one day), every third without a title, every fourth a wire copy
 * (duplicateOf) of an earlier-made report with the same text.
 */
export const grownDocs = (base: readonly StoryDoc[], copies: number, random: () => number): StoryDoc[] => {
  const out = [...base];
  for (let n = 0; n < copies; n += 1) {
    const from = base[n % base.length]!;
    const sameText = out.filter((d) => d.report.text === from.report.text);
    const original = n % 4 === 3 ? sameText[Math.floor(random() * sameText.length)]! : null;
    const published = DAYS[Math.floor(random() * DAYS.length)]! as IsoDate | null;
    out.push(
      renamedDoc(from, `${from.report.id}x${n}`, {
        published,
        title: n % 3 === 2 ? null : from.report.title,
        duplicateOf: original ? original.report.id : null,
      }),
    );
  }
  return out;
};
