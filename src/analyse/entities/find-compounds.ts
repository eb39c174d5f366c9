import { GROUP_HEAD_NOUNS } from '../../lang/en/entities-cues.js';
import { DEMONYMS, FOCUS_COUNTRY_NAMES } from '../../lang/en/entities-demonyms.js';
import type { OrgKind } from '../../lang/en/entities-lexicon.js';
import {
  NATIONAL_ORG_HEADS,
  type NationalOrgHead,
  ORG_PART_HEADS,
} from '../../lang/en/entities-org-parts.js';
import type { Token } from '../../model/token.js';
import { countryDemonym } from './country-demonym.js';
import { entityKey } from './entity-key.js';
import { phraseMatcher } from './phrase-matcher.js';

/** An organisation named by more than a name run: "the Syrian army's media arm", "Syrian state TV". */
export interface Compound {
  readonly first: number;
  readonly last: number;
  readonly key: string;
  readonly kind: OrgKind | null;
  readonly rule: string;
  /** For national bodies, the key without the nationality ("state television"); else null. */
  readonly canon: string | null;
  /** A generic phrase without a nationality ("state television"): a reference to a body named before. */
  readonly generic: boolean;
  /** A descriptor right before a name ("state news agency SANA"): an alias of that name, not a body itself. */
  readonly describesNext: boolean;
}

const CAPITAL = /^\p{Lu}/u;
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN']);
let cache: ReturnType<typeof build> | null = null;
const build = () => ({
  parts: phraseMatcher<OrgKind | null>(Object.entries(ORG_PART_HEADS)),
  national: phraseMatcher<NationalOrgHead>(Object.entries(NATIONAL_ORG_HEADS)),
});

/**
 * The document's country focus as a demonym ("syrian"): the country most often named or qualified by
 * capitalised country names and demonyms, when it leads outright; else null.
 */
export const focusDemonym = (text: string, tokens: readonly Token[]): string | null => {
  const votes = new Map<string, number>();
  for (const t of tokens) {
    const code = DEMONYMS[t.norm] ?? FOCUS_COUNTRY_NAMES[t.norm];
    if (code && CAPITAL.test(text[t.span.start]!)) votes.set(code, (votes.get(code) ?? 0) + 1);
  }
  const [a, b] = [...votes].sort((x, y) => y[1] - x[1]);
  if (!a || (b && b[1] >= a[1])) return null;
  return countryDemonym(a[0]);
};

/**
 * Organisation phrases built around names: possessive parts ("X's media arm", owner = a name ending at the
 * key of `nameEnds`) and national bodies ("Syrian state TV", "the regime" in a Syria story).
 */
export const findCompounds = (
  text: string,
  tokens: readonly Token[],
  nameEnds: ReadonlyMap<number, number>,
  nameStarts: ReadonlySet<number>,
): Compound[] => {
  cache ??= build();
  const out: Compound[] = [];
  const surface = (a: number, b: number) => text.slice(tokens[a]!.span.start, tokens[b]!.span.end);
  const withThe = (i: number) => (tokens[i - 1]?.norm === 'the' ? i - 1 : i);
  const taken = new Uint8Array(tokens.length);
  const partAt = new Map(cache.parts(tokens, text).map((m) => [m.first, m]));
  tokens.forEach((t, i) => {
    // The owner is a name, or a name and its group noun ("the Iraqi army").
    const owner =
      nameEnds.get(i - 1) ??
      (GROUP_HEAD_NOUNS.has(tokens[i - 1]?.norm ?? '') ? nameEnds.get(i - 2) : undefined);
    if ((t.norm !== "'s" && t.norm !== '’s') || owner === undefined) return;
    for (let k = i + 1; k <= i + 3 && tokens[k]?.sentence === t.sentence; k += 1) {
      const m = partAt.get(k);
      if (m) {
        const first = withThe(owner);
        const key = entityKey(surface(first, m.last));
        out.push({
          first,
          last: m.last,
          key,
          kind: m.value,
          rule: 'possessive-org',
          canon: null,
          generic: false,
          describesNext: false,
        });
        taken.fill(1, first, m.last + 1);
        return;
      }
      if (!MODIFIER.has(tokens[k]!.pos ?? '')) return;
    }
  });
  const focus = focusDemonym(text, tokens);
  for (const m of cache.national(tokens, text)) {
    if (taken.subarray(m.first, m.last + 1).includes(1)) continue;
    const next = tokens[m.last + 1];
    // "regime forces", "government territory": the phrase modifies a noun.
    if (
      next &&
      next.sentence === tokens[m.last]!.sentence &&
      next.pos === 'NOUN' &&
      !CAPITAL.test(text[next.span.start]!)
    )
      continue;
    const before = tokens[m.first - 1];
    const demonym =
      before && DEMONYMS[before.norm] && CAPITAL.test(text[before.span.start]!) ? before.norm : null;
    const { canon, kind } = m.value;
    if (demonym) {
      const first = withThe(m.first - 1);
      out.push({
        first,
        last: m.last,
        key: `${demonym} ${canon}`,
        kind,
        rule: 'national-org',
        canon,
        generic: false,
        describesNext: false,
      });
      continue;
    }
    if (m.value.needsThe && before?.norm !== 'the') continue;
    const first = withThe(m.first);
    const describesNext = nameStarts.has(m.last + 1);
    const key = focus ? `${focus} ${canon}` : canon;
    const rule = focus ? 'national-org:focus' : 'national-org:generic';
    out.push({ first, last: m.last, key, kind, rule, canon, generic: true, describesNext });
  }
  return out.sort((a, b) => a.first - b.first);
};
