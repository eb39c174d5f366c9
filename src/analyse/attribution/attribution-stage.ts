import type { Attribution } from '../../model/attribution.js';
import type { EntityMention } from '../../model/entity-mention.js';
import { type MentionId, mentionId } from '../../model/ids.js';
import { type Span, span, spanContains } from '../../model/span.js';
import { loadAttributionModel } from '../../model-files/load-attribution-model.js';
import { defineStage } from '../../pipeline/stage.js';
import { attachedSubject } from './attached-subject.js';
import type { AttributionDraft, SentenceView } from './attribution-draft.js';
import { withClausalContents } from './clausal-content.js';
import { combineDrafts } from './combine-drafts.js';
import { withoutDateline } from './content-dateline.js';
import { clipToLine } from './content-span.js';
import { describedSpeaker } from './described-speaker.js';
import { findHedges } from './find-hedges.js';
import { findQuotes, type QuoteRegion } from './find-quotes.js';
import { groupBySentence } from './group-by-sentence.js';
import { keepTagged } from './keep-tagged.js';
import { keepUnconfirmed } from './keep-unconfirmed.js';
import { isAttributiveCue, matchCues } from './match-cues.js';
import { mergeFragments } from './merge-fragments.js';
import { negatedCue } from './negated-cue.js';
import { passiveCue } from './passive-cue.js';
import { quotedSpeaker } from './quoted-speaker.js';
import { readAccordingTo } from './read-according-to.js';
import { inFalsityCall, readFalsityCalls } from './read-falsity-call.js';
import { readPassiveCue } from './read-passive-cue.js';
import { inRelay, readRelayedQuotes } from './read-relayed-quote.js';
import { readReportingCue } from './read-reporting-cue.js';
import { refersTo } from './refers-to.js';
import { withinRelativeClause } from './relative-clause-content.js';
import { relativeSource } from './relative-source.js';
import { pronounTypes, resolvePronoun } from './resolve-source.js';
import { showsEvidence } from './shows-evidence.js';
import { appositionName, sourceEntity } from './source-entity.js';
import { joinSplitQuotes } from './split-quotes.js';
import { tagAttributions } from './tag-attributions.js';
import { taggerDrafts } from './tagger-drafts.js';
import { taggerDocument } from './tagger-features.js';
import { trimSource } from './trim-source.js';
import { uncuedQuotes } from './uncued-quotes.js';
import { type SpokenClaim, uncuedSpeaker } from './uncued-speaker.js';
import { withoutVantage } from './without-vantage.js';

export const ATTRIBUTION_STAGE_ID = 'analyse.attribution@16' as const;

const cover = (spans: readonly (Span | null)[]): Span => {
  const present = spans.filter((s): s is Span => s !== null);
  return span(Math.min(...present.map((s) => s.start)), Math.max(...present.map((s) => s.end)));
};

/** The draft with its source trimmed of time words (trim-source.ts); a source of time words alone is unstated. */
const withTrimmedSource = (text: string, d: AttributionDraft): AttributionDraft => {
  if (d.source === null) return d;
  const source = trimSource(text, d.source, d.cue);
  if (source === d.source) return d;
  if (source === null) return { ...d, source: null, head: null, unstated: true };
  const head = d.head && spanContains(source, d.head) ? d.head : null;
  return { ...d, source, head };
};

/**
 * The draft with its content kept to the cue's side of a line break (content-span.ts clipToLine; null if nothing
 * is left) and without an opening dateline (content-dateline.ts); a quotation's own marks bound it, across
 * paragraphs too.
 */
const withContentOnLine = (text: string, d: AttributionDraft): AttributionDraft | null => {
  if (d.direct) return d;
  const clipped = clipToLine(text, d.content, d.cue);
  const content = clipped && withoutDateline(text, clipped);
  return content === d.content ? d : content && { ...d, content };
};

/**
 * Who says what: reporting cues, "according to", and quotations, read by rules and by a tagger trained on
 * PolNeAR (models/attribution-en.json.gz), with their source resolved to an entity.
 */
export const attributionStage = defineStage({
  id: ATTRIBUTION_STAGE_ID,
  requires: ['sentences', 'tokens', 'entities'],
  provides: ['attributions'],
  run: ({ sentences: segmented, tokens, entities }, ctx) => {
    const { text, documentId } = ctx;
    const sentences = mergeFragments(text, segmented);
    const quotes = findQuotes(text);
    const quotesByOpen = new Map<number, QuoteRegion>(quotes.map((q) => [q.open, q]));
    const quotesByClose = new Map<number, QuoteRegion>();
    for (const q of quotes) if (q.close !== null) quotesByClose.set(q.close, q);
    const toksBySentence = groupBySentence(sentences, tokens);
    const entitiesBySentence = groupBySentence(sentences, entities);

    const cued: AttributionDraft[] = [];
    sentences.forEach((sentence, index) => {
      const v: SentenceView = {
        text,
        index,
        span: sentence.span,
        toks: toksBySentence[index]!,
        previous: sentences[index - 1]?.span ?? null,
        quotesByOpen,
        quotesByClose,
      };
      // "X quoted Y as saying Z": the cues of a relay ("quoted", "as saying") make no claim of their own.
      const relays = readRelayedQuotes(v);
      cued.push(...relays);
      // "…, which X called a lie", "X dismissed the report as propaganda": a call that a claim is false denies it.
      const calls = readFalsityCalls(v).filter((d) => !inRelay(relays, d.cue.start));
      cued.push(...calls);
      for (const hit of matchCues(v.toks)) {
        const at = v.toks[hit.first]!.span.start;
        if (inRelay(relays, at) || inFalsityCall(calls, at)) continue;
        const d = hit.cue
          ? (readPassiveCue(v, hit, hit.cue) ?? readReportingCue(v, hit, hit.cue, cued))
          : readAccordingTo(v, hit);
        if (d) cued.push(d);
      }
    });
    const model = loadAttributionModel();
    const tagged = tagAttributions(model, taggerDocument(text, tokens, quotes, entities, model.clusters));
    const combined = combineDrafts(
      text,
      cued,
      taggerDrafts(text, sentences, tagged.attributions),
      keepUnconfirmed(text),
    );
    const told = withClausalContents(
      text,
      combined
        .filter((d) => keepTagged(text, d, combined) && !isAttributiveCue(tokens, d.cue))
        .map((d) => withoutVantage(text, tokens, d))
        .filter((d): d is AttributionDraft => d !== null)
        .map((d) => withinRelativeClause(text, negatedCue(tokens, passiveCue(tokens, d)))),
      sentences,
      (i) => toksBySentence[i] ?? [],
    );
    const all = joinSplitQuotes(
      text,
      [...told, ...uncuedQuotes(text, sentences, quotes, told)]
        .sort((a, b) => a.cue.start - b.cue.start)
        .map((d) => withContentOnLine(text, withTrimmedSource(text, d)))
        .filter((d): d is AttributionDraft => d !== null)
        .filter(
          (d) => !d.source || showsEvidence(text, d.source, d.cue, entitiesBySentence[d.sentence] ?? []),
        ),
    );

    const byId = new Map<MentionId, EntityMention>(entities.map((e) => [e.id, e]));
    const resolved: SpokenClaim[] = [];
    for (const d of all) {
      const last = resolved[resolved.length - 1];
      // '"…," Ahmed said. "…"': a quotation going on from another is spoken by that one's speaker.
      const continued = d.continues && resolved.find((r) => r.cue.start === d.continues!.start);
      let source = d.source;
      let id: MentionId | null = null;
      if (continued) {
        source = continued.source;
        id = continued.mention?.id ?? null;
      } else if (d.inheritsSource && last) {
        source = last.source;
        id = last.mention?.id ?? null;
      } else if (!d.source && d.unstated !== true) {
        id = uncuedSpeaker(d.sentence, resolved)?.id ?? null;
      } else if (d.source) {
        const inSentence = entitiesBySentence[d.sentence] ?? [];
        const toks = toksBySentence[d.sentence] ?? [];
        // "who overthrew the president": the words after a relative pronoun are its clause, not the speaker.
        const relative = relativeSource(text, toks, d.source, inSentence);
        if (relative) ({ source, id } = relative);
        else {
          // "A former minister, Mohamed Ag Erlaf": the name in apposition speaks when the head names no one.
          id =
            (sourceEntity(toks, d.head ?? d.source, inSentence) ?? appositionName(text, d.source, inSentence))
              ?.id ?? null;
          const types = pronounTypes(text, d.source);
          // "X was behind the attack, which it denies": the subject of the clause "it" hangs on, before any speaker.
          if (!id && types)
            id =
              attachedSubject(text, toks, d.source, inSentence, d.stance) ??
              resolvePronoun(text, types, d.source, d.sentence, resolved, entitiesBySentence);
        }
      }
      const mention = id ? (byId.get(id) ?? null) : null;
      const described = describedSpeaker(text, source, mention);
      resolved.push({
        sentence: d.sentence,
        mention,
        direct: d.direct,
        described,
        source,
        cue: d.cue,
        content: d.content,
      });
    }

    // A relative pronoun with no antecedent names no one: the claim is not told.
    const named = all.map((d, n) => d.source === null || resolved[n]!.source !== null);
    const drafts = all.filter((_, n) => named[n]);
    const kept = resolved.filter((_, n) => named[n]);
    const ids = drafts.map((_, n) => mentionId(documentId, 'at', n + 1));
    // '"… I said we would fight," the commander said': "I" in a quotation is its speaker.
    const mentions = kept.map((r) => r.mention?.id ?? null);
    const attributions: Attribution[] = drafts.map((d, n) => {
      const r = kept[n]!;
      // The evidence of a continued quotation is its own words, not the earlier sentence naming its speaker.
      const whole = cover([d.continues ? null : r.source, d.cue, d.content]);
      const hedges = findHedges(tokens, whole);
      if (d.hedgedCue && !hedges.some((h) => h.start === d.cue.start)) hedges.push(d.cue);
      const answered = refersTo(text, drafts, n);
      return {
        id: ids[n]!,
        source: r.source,
        sourceMentionId: mentions[n] ?? quotedSpeaker(text, sentences, quotes, drafts, mentions, n),
        cue: d.cue,
        content: d.content,
        stance: d.stance,
        direct: d.direct,
        hedges: hedges.sort((a, b) => a.start - b.start),
        refersTo: answered === null ? null : ids[answered]!,
        evidence: {
          documentId,
          span: whole,
          producer: ATTRIBUTION_STAGE_ID,
          rule: d.rule,
          confidence: d.confidence,
        },
      };
    });
    return { attributions };
  },
});
