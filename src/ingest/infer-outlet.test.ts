import { describe, expect, it } from 'vitest';
import { inferOutlet } from './infer-outlet.js';

describe('inferOutlet', () => {
  it.each([
    ['CAIRO (Reuters) - The minister met the envoy on Tuesday.', 'Reuters'],
    ['SYCAMORE, Ill. (AP) — A jury convicted the man.', 'Associated Press'],
    ['(CNN) — Rescuers reached the village.', 'CNN'],
    ['Valley floods kill five\n\nPARIS (AFP) -- Heavy rain fell.', 'AFP'],
    ['CAIRO |\n\n CAIRO (Reuters) - The envoy arrived.', 'Reuters'],
    ['BEIRUT (Thomson Reuters Foundation) - Aid arrived.', 'Thomson Reuters Foundation'],
    // negatives: an outlet told of, an unknown tag, a dateline with no outlet, a tag far into the report
    ['The minister told Reuters on Tuesday that talks would resume.', null],
    ['CAIRO (Example Daily) - The minister met the envoy.', null],
    ['CAIRO — The minister met the envoy.', null],
    [`${'Rain fell all day in the valley. '.repeat(20)}\nPARIS (AFP) - More rain.`, null],
    ['', null],
  ])('%s → %s', (text, outlet) => expect(inferOutlet(text)).toBe(outlet));
});
