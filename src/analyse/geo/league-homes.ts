import { normalizePlaceName } from '../../geo/normalize-place-name.js';
import { LEAGUE_NAMES, LEAGUE_TEAMS } from '../../lang/en/geo-sports-teams.js';
import { escapeRegExp } from '../../lang/word-alternation.js';

/** A phrase as a pattern: its words apart by any white space, not inside a longer word. */
const phrase = (words: string): string =>
  `(?<![\\p{L}\\d])${words.split(' ').map(escapeRegExp).join('\\s+')}(?![\\p{L}\\d])`;

/** Per league: the pattern of its names and of its teams' full names, and its teams' normalised homes. */
const LEAGUES = Object.entries(LEAGUE_TEAMS).map(([league, teams]) => ({
  named: new RegExp(
    [...(LEAGUE_NAMES[league] ?? []), ...teams.map(([home, nick]) => `${home} ${nick}`)]
      .map(phrase)
      .join('|'),
    'u',
  ),
  homes: teams.map(([home]) => normalizePlaceName(home)),
}));

/**
 * The normalised homes of the teams of each league the text names, by the league's name ("NBA"), one of its
 * teams' full names ("Philadelphia 76ers") or a nickname that means nothing else ("Sixers"): in such a story
 * "a loss to Cleveland" and "Wittman of Minnesota" name teams.
 */
export const leagueHomes = (text: string): ReadonlySet<string> => {
  const homes = new Set<string>();
  for (const l of LEAGUES) if (l.named.test(text)) for (const h of l.homes) homes.add(h);
  return homes;
};
