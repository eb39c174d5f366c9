import { FIGURE_TIME_NOUNS } from '../../lang/en/figures-counted-nouns.js';
import { FIGURE_NUMBERLESS_QUANTITIES } from '../../lang/en/figures-numberless-quantities.js';
import type { FigureMention, FigureUnit } from '../../model/figure-mention.js';
import { mentionId } from '../../model/ids.js';
import type { Measure } from '../../model/measure.js';
import type { Token } from '../../model/token.js';
import { defineStage } from '../../pipeline/stage.js';
import { anaphorPlaces } from '../events/anaphor-places.js';
import { approximatorBefore } from './approximator.js';
import { clauseIndex } from './clauses.js';
import { countedKey } from './counted-key.js';
import { countedNoun } from './counted-noun.js';
import { countsSpeakers } from './counts-speakers.js';
import { isExhibitLabel } from './exhibit-label.js';
import { figurePlace, figureTime, PART_OF_TOTAL } from './figure-links.js';
import { figureMeasure, isPeopleNoun } from './figure-measure.js';
import { labelMeasure } from './label-measure.js';
import { bareAmountUnit, currencyNounUnit, currencyWhat } from './money-unit.js';
import { insideName } from './name-part.js';
import { isNotAFigure } from './not-a-figure.js';
import { type QuantityCore, quantityCores } from './quantity-core.js';
import { joinRanges } from './range-cores.js';
import { isReferenceMarker } from './reference-marker.js';
import { currencyKey, linkRepeatedSums, restatesInParentheses } from './restatements.js';
import { focusCountry, sharePlace } from './share-place.js';
import { isStatedAge } from './stated-age.js';
import { territoryHead } from './territory.js';

const PRODUCER = 'analyse.figures@16';
const TIME_NOUNS = new Set(FIGURE_TIME_NOUNS);
const NUMBERLESS = new Set(FIGURE_NUMBERLESS_QUANTITIES);
const HUMAN: ReadonlySet<Measure> = new Set([
  'killed',
  'injured',
  'displaced',
  'fled',
  'evacuated',
  'arrested',
  'detained',
  'missing',
  'affected',
  'returned',
  'troops',
]);
const CONFIDENCE: Readonly<Record<QuantityCore['kind'], number>> = {
  digits: 0.9,
  words: 0.85,
  vague: 0.7,
  fraction: 0.8,
  both: 0.8,
};
/** "half"/"a third" count only before "of", a determiner or a possessive ("half the city"), not "in a third". */
const FRACTION_FOLLOW = /^\s+(?:of|the|its|their|his|her|our|a|an|this|that|these|those|[\p{L}-]+['’]s)\b/u;
const FRACTION_ORDINAL_BEFORE = /(?:first|second|other|latter|and\s+a)\s+$/i;
/** How far back (in sentences) "of them" looks for the figure it is a part of. */
const PARTITIVE_REACH = 3;
/** How far after a number its currency noun may stand ("millions of Canadian dollars"). */
const CURRENCY_REACH = 2;

type Draft = { -readonly [K in keyof FigureMention]: FigureMention[K] } & { sentence: number };

const bounds = (core: QuantityCore, kind: 'upper' | 'lower' | 'about' | null) => {
  const v = core.value;
  if (core.kind === 'vague' || core.rule === 'range') {
    return {
      value: null,
      low: kind === 'upper' ? null : core.low,
      high: kind === 'lower' ? null : core.high,
    };
  }
  if (kind === 'upper') return { value: null, low: null, high: v };
  if (kind === 'lower') return { value: null, low: v, high: null };
  return { value: v, low: null, high: null };
};

/**
 * Every figure of a report: numbers in digits or words, scale words, vague quantities, percentages and
 * fractions (as shares), areas (km²), lengths (km) and dollars, with bounds from approximators, the counted
 * noun, the measure read from the clause, the time and place of the clause (a place "the city" stands for,
 * as the geo stage resolved it, counts: rule `-anaphor`), and part-of links.
 */
export const figuresStage = defineStage({
  id: PRODUCER,
  requires: ['sentences', 'tokens', 'entities', 'places', 'times'],
  provides: ['figures'],
  run(input, ctx) {
    const bySentence: Token[][] = input.sentences.map(() => []);
    for (const t of input.tokens) bySentence[t.sentence]?.push(t);
    const drafts: Draft[] = [];
    // Money with an exact amount: its currency, to find the same sum told again later (restatements.ts).
    const sums = new Map<Draft, string | null>();
    const places = input.entities.filter((e) => e.type === 'place').map((e) => e.span);
    const country = focusCountry(input.entities);
    // "the city" the geo stage resolved is a place a figure may be placed at, and so at its antecedent
    const anaphors = anaphorPlaces(input.entities, input.places);
    const placeable = [...input.entities, ...anaphors.mentions].filter(
      (m) => !isExhibitLabel(m.span, ctx.text),
    );
    input.sentences.forEach((sentence, si) => {
      const s0 = sentence.span.start;
      const text = ctx.text.slice(s0, sentence.span.end);
      const tokens = bySentence[si] ?? [];
      const clauseOf = clauseIndex(tokens);
      const clauseSpan = (offset: number) => {
        const at = Math.max(
          0,
          tokens.findIndex((t) => t.span.end > offset),
        );
        const c = clauseOf[at] ?? 0;
        const inClause = tokens.filter((_, i) => clauseOf[i] === c);
        return {
          tokens: inClause,
          span: { start: inClause[0]?.span.start ?? s0, end: inClause.at(-1)?.span.end ?? sentence.span.end },
        };
      };
      const times = input.times.filter((t) => t.span.start >= s0 && t.span.end <= sentence.span.end);
      const here: Draft[] = [];
      const cores = joinRanges(text, quantityCores(text));
      for (const core of cores) {
        const abs = { start: s0 + core.start, end: s0 + core.end };
        if (times.some((t) => t.span.start < abs.end && abs.start < t.span.end)) continue;
        const after = tokens.filter((t) => t.span.start >= abs.end);
        const counted =
          core.unit !== null && core.unit !== 'share'
            ? { what: null, end: null, partitive: false, words: null }
            : countedNoun(after);
        if (counted.what !== null && TIME_NOUNS.has(counted.what)) continue;
        const headAt = counted.end === null ? -1 : after.findIndex((t) => t.span.end === counted.end);
        const close =
          headAt >= 0 &&
          (counted.words ?? headAt) <= (core.kind === 'both' ? 0 : 1) &&
          !/^[A-Z]/.test(ctx.text.slice(after[headAt]?.span.start ?? 0));
        const plural = (close && /s$/.test(counted.what ?? '')) || counted.partitive;
        const noun = { close: close || counted.partitive, plural, what: counted.what };
        if (isNotAFigure(core, text, noun) || isReferenceMarker(core, text)) continue;
        if (isStatedAge(core, text, close)) continue;
        if (!close && insideName(abs, input.entities)) continue;
        const approx = approximatorBefore(text, core.start);
        const rest = text.slice(core.end);
        if (core.kind === 'fraction' && !/[-]|^(?:two|three)/i.test(text.slice(core.start, core.end))) {
          if (
            FRACTION_ORDINAL_BEFORE.test(text.slice(0, core.start)) ||
            !(FRACTION_FOLLOW.test(rest) || approx)
          )
            continue;
        }
        const span = {
          start: s0 + (approx?.start ?? core.start),
          end: Math.max(abs.end, counted.end ?? abs.end),
        };
        const clause = clauseSpan(abs.start);
        // "millions of dollars", "…on top of the four billion": money the number itself does not mark.
        const money =
          core.unit !== null
            ? null
            : headAt >= 0 && headAt <= CURRENCY_REACH
              ? currencyNounUnit(counted.what, after[headAt - 1])
              : counted.what === null
                ? bareAmountUnit(core, cores, text)
                : null;
        const fixed = core.unit ?? money;
        const whole = fixed === 'share' ? territoryHead(after, places) : null;
        const territory = whole !== null;
        let measure = figureMeasure(clause.tokens, span, fixed, counted.what, territory);
        if (measure === 'other')
          measure = labelMeasure(text.slice(0, core.start), tokens, span, fixed, counted.what);
        // "in one case", "from one village to another": a lone "one" counts nothing the picture measures.
        if (core.kind === 'words' && core.value === 1 && measure === 'other') continue;
        // "according to two officials", "three witnesses told Reuters": who speaks is no figure (unless the
        // picture measures them: "citing 300 deaths").
        const headEnd = counted.end === null ? null : counted.end - s0;
        if (measure === 'other' && countsSpeakers(text, approx?.start ?? core.start, headEnd, core.value))
          continue;
        const unit: FigureUnit =
          fixed ??
          (isPeopleNoun(counted.what) || (counted.what === null && HUMAN.has(measure)) ? 'people' : 'count');
        const site = { span, clause: clause.span, sentence: sentence.span };
        // A share of ground is a share of its whole ("half of the nation"), not of a town named after it.
        const placeOf = () => {
          const own = whole === null ? undefined : sharePlace(span, whole, placeable, country, ctx.text);
          return own !== undefined ? own : figurePlace(site, placeable, ctx.text, whole !== null);
        };
        const place = placeOf();
        const placeId = place === null ? null : anaphors.antecedent(place);
        const rule = `${core.rule}${approx ? '+approximator' : ''}${place !== placeId ? '-anaphor' : ''}`;
        const draft: Draft = {
          id: mentionId(ctx.documentId, 'f', drafts.length + here.length + 1),
          span,
          ...bounds(core, approx?.kind ?? null),
          unit,
          approximate: core.approximate || (approx?.approximate ?? false),
          approximator: approx ? { start: s0 + approx.start, end: s0 + approx.end } : null,
          what:
            countedKey(counted.what) ??
            (unit === 'other' ? currencyWhat(core.currency, currencyKey(unit, core.currency)) : null),
          measure,
          partOf: null,
          restates: null,
          timeId: figureTime(site, times),
          placeId,
          evidence: {
            documentId: ctx.documentId,
            span,
            producer: PRODUCER,
            rule,
            confidence: CONFIDENCE[core.kind],
          },
          sentence: si,
        };
        if (counted.partitive) {
          const whole = [...drafts, ...here]
            .reverse()
            .find(
              (d) =>
                d.sentence >= si - PARTITIVE_REACH &&
                (d.unit === 'people' || d.unit === 'count') &&
                d.partOf === null,
            );
          if (whole) {
            draft.partOf = whole.id;
            draft.what ??= whole.what;
            if (measure === 'other') measure = draft.measure = whole.measure;
            draft.unit = whole.unit;
            draft.timeId ??= whole.timeId;
            draft.placeId ??= whole.placeId;
          }
        }
        // "a few feet", "a handful of them": a vague word naming no number counts only what the picture measures
        const vagueText = text.slice(core.start, core.end).toLowerCase().replace(/\s+/g, ' ');
        if (core.kind === 'vague' && NUMBERLESS.has(vagueText) && draft.measure === 'other') continue;
        if (core.kind !== 'vague')
          sums.set(draft, currencyKey(unit, core.currency ?? (money === null ? null : counted.what)));
        here.push(draft);
      }
      linkWithinSentence(here, ctx.text);
      here.forEach((d, i) => {
        if (restatesInParentheses(here[i - 1], d, ctx.text)) d.restates = here[i - 1]!.id;
      });
      drafts.push(...here);
    });
    linkRepeatedSums(drafts, sums, ctx.text);
    const figures: FigureMention[] = drafts.map(({ sentence: _, ...f }) => f);
    return { figures };
  },
});

/** "20 km² (nearly 8 sq mi) of the total 45 km²": part-of links, and a parenthesised restatement shares its measure. */
const linkWithinSentence = (here: Draft[], text: string) => {
  here.forEach((a, i) => {
    const prev = here[i - 1];
    const paren = prev !== undefined && /^\s*\(\s*$/.test(text.slice(prev.span.end, a.span.start));
    if (prev && paren && (prev.unit === a.unit || restatesInParentheses(prev, a, text))) {
      a.measure = prev.measure;
      a.timeId ??= prev.timeId;
      a.placeId ??= prev.placeId;
    }
    const whole = here
      .slice(i + 1)
      .find((b) => b.unit === a.unit && PART_OF_TOTAL.test(text.slice(a.span.end, b.span.start)));
    if (whole && a.partOf === null) a.partOf = whole.id;
  });
};
