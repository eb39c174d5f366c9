/** Keys of the plain-text metadata header (`Key: value` lines, case-insensitive) and the field each sets. */
export const HEADER_KEYS: Readonly<Record<string, 'title' | 'outlet' | 'url' | 'published'>> = {
  title: 'title',
  headline: 'title',
  outlet: 'outlet',
  source: 'outlet',
  publisher: 'outlet',
  url: 'url',
  link: 'url',
  published: 'published',
  date: 'published',
};
