/**
 * Nouns for made works: a quoted capitalised title right after one (the film "Red Fox", the album "Blue
 * Morning") names the work, not an organisation, person or place. Lower case.
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'film',
  'movie',
  'documentary',
  'show',
  'series',
  'miniseries',
  'sitcom',
  'episode',
  'book',
  'novel',
  'memoir',
  'album',
  'song',
  'single',
  'play',
  'musical',
  'opera',
  'podcast',
  'poem',
  'painting',
]);

/** Words that may stand between a work noun and its quoted title (the book titled "The Long Road"). */
export const WORK_TITLE_LINKS: ReadonlySet<string> = new Set([',', 'titled', 'entitled', 'called', 'named']);

/** Quotation marks that open or close a title. */
export const TITLE_QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’']);

/** Articles that may open a title before its capitalised name ("The" in "The Long Road"). */
export const TITLE_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
