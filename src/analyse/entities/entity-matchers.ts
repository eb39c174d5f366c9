import { DESCRIPTIVE_ORG_HEADS } from '../../lang/en/entities-cues.js';
import { ENTITY_LEXICON, type LexiconEntry, type OrgKind } from '../../lang/en/entities-lexicon.js';
import { PERSON_TITLES, TITLE_REFERENCE_HEADS } from '../../lang/en/entities-titles.js';
import { PLACE_LIST_CUES_BEFORE } from '../../lang/en/entities-type-cues.js';
import { PLACE_CUES_BEFORE } from '../../lang/en/geo-place-cues.js';
import { phraseMatcher } from './phrase-matcher.js';

/** What a descriptive phrase refers back by: an organisation kind or a person title. */
export type DescriptiveHead =
  | { readonly kind: OrgKind }
  /** `phraseOnly`: a head ("leader") that refers back only with the words written before a name (titlePhrase). */
  | { readonly title: string; readonly phraseOnly?: boolean };

const CAPITAL = /^\p{Lu}/u;
const titleHead = (title: string): string => (title.split(' ').at(-1) ?? title).replace(/\.$/, '');

/** Title heads outside TITLE_REFERENCE_HEADS, abbreviations and honorifics left out. */
const PHRASE_HEADS = [...new Set(PERSON_TITLES.filter((t) => !t.endsWith('.')).map(titleHead))].filter(
  (h) => !TITLE_REFERENCE_HEADS.has(h),
);

const build = () => ({
  lexicon: phraseMatcher<LexiconEntry>(
    ENTITY_LEXICON.map((e) => [e.phrase, e] as const),
    // A proper name must be capitalised as it is listed: "al-Qaeda" as written, "Hamas" with its capital.
    (e, surface) =>
      e.exact ? surface === e.phrase : !e.proper || CAPITAL.test(surface) || !CAPITAL.test(e.phrase),
  ),
  titles: phraseMatcher<string>(PERSON_TITLES.map((t) => [t, titleHead(t)] as const)),
  descriptive: phraseMatcher<DescriptiveHead>(
    [
      ...Object.entries(DESCRIPTIVE_ORG_HEADS).map(([p, kind]) => [p, { kind }] as const),
      ...[...TITLE_REFERENCE_HEADS].map((t) => [t, { title: t }] as const),
      ...PHRASE_HEADS.map((t) => [t, { title: t, phraseOnly: true }] as const),
    ],
    (_v, surface) => !CAPITAL.test(surface) || !surface.includes(' '),
  ),
  placeBefore: phraseMatcher<true>(
    [...PLACE_CUES_BEFORE, ...PLACE_LIST_CUES_BEFORE].map((p) => [p, true] as const),
  ),
});

let cache: ReturnType<typeof build> | null = null;
/** The phrase matchers over the entity data, built once. */
export const entityMatchers = () => {
  cache ??= build();
  return cache;
};
