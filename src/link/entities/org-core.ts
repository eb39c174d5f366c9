import { ORG_NAME_SUFFIXES } from '../../lang/en/entities-cues.js';
import { COUNTRY_NAME_VARIANTS, DEMONYMS, FOCUS_COUNTRY_NAMES } from '../../lang/en/entities-demonyms.js';
import { ETHNONYMS } from '../../lang/en/entities-ethnonyms.js';
import { ORG_GENERIC_TAILS } from '../../lang/en/entities-org-generic-tails.js';
import { GEO_DEMONYMS } from '../../lang/en/geo-demonyms.js';

const country = (phrase: string): string | undefined =>
  COUNTRY_NAME_VARIANTS[phrase] ?? FOCUS_COUNTRY_NAMES[phrase] ?? DEMONYMS[phrase];

/**
 * What stays of an organisation's key once company suffixes and generic closing words are dropped and a leading
 * country name or demonym is written as its ISO code: "ford motor company" and "ford motor co." → "ford";
 * "buzzfeed news" → "buzzfeed"; "u.s. air force", "united states air force" and "american air force" → "US air
 * force". Never empty (a key of suffixes only is its own core), never a bare nationality from a generic closing
 * word ("arab news" stays).
 */
export const orgCore = (key: string): string => {
  const words = key.split(' ');
  const out: string[] = [];
  let i = 0;
  // A leading nationality only ("u.s. air force"), not a country inside a name ("bank of america").
  for (let n = Math.min(4, words.length - 1); n >= 1 && i === 0; n -= 1) {
    const code = country(words.slice(0, n).join(' '));
    if (code) {
      out.push(code);
      i = n;
    }
  }
  const nationality = i > 0;
  /** A generic closing word stays after a bare nationality or people ("arab news", "kurdish media"). */
  const bare = (): boolean =>
    out.length === 2 && (nationality || GEO_DEMONYMS[out[0]!] !== undefined || ETHNONYMS.has(out[0]!));
  for (; i < words.length; i += 1)
    if (!ORG_NAME_SUFFIXES.has(words[i]!) || out.length === 0) out.push(words[i]!);
  while (out.length > 1) {
    const last = out.at(-1)!;
    if (ORG_NAME_SUFFIXES.has(last)) out.pop();
    else if (ORG_GENERIC_TAILS.has(last) && !bare()) out.pop();
    else break;
  }
  return out.join(' ');
};
