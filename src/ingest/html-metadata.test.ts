import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { NEWS_PAGE } from './html-fixtures.js';
import { htmlMetadata } from './html-metadata.js';

const meta = (html: string) => htmlMetadata(parseHTML(html).document);

describe('htmlMetadata', () => {
  it.each([
    [
      'JSON-LD first',
      NEWS_PAGE,
      {
        title: 'Rebels lose Hanano district in east Aleppo',
        outlet: 'Example Times Ltd',
        url: 'https://example.test/a/1',
        published: '2016-11-26T22:00:00Z',
      },
    ],
    [
      'Open Graph',
      `<html><head><title>T | Site</title><meta property="og:title" content="OG title">
       <meta property="og:site_name" content="Site"><meta property="og:url" content="https://s.test/1">
       <meta property="article:published_time" content="2016-11-28"></head></html>`,
      { title: 'OG title', outlet: 'Site', url: 'https://s.test/1', published: '2016-11-28' },
    ],
    [
      'plain meta and title',
      `<html><head><title> Page title </title><meta name="date" content="28 November 2016">
       <link rel="canonical" href="https://s.test/c"></head></html>`,
      { title: 'Page title', url: 'https://s.test/c', published: '28 November 2016' },
    ],
    [
      'JSON-LD Article in an array, publisher as a string',
      `<html><head><script type="application/ld+json">[{"@type":["Article"],"headline":"H","publisher":"P"}]</script></head></html>`,
      { title: 'H', outlet: 'P' },
    ],
    // negatives: broken JSON-LD, JSON-LD of another type, no metadata at all
    [
      'broken JSON-LD is ignored',
      `<html><head><title>T</title><script type="application/ld+json">{"@type": "NewsArticle",</script></head></html>`,
      { title: 'T' },
    ],
    [
      'non-article JSON-LD is ignored',
      `<html><head><script type="application/ld+json">{"@type":"Organization","name":"Org"}</script></head></html>`,
      {},
    ],
    ['nothing', '<html><body><p>x</p></body></html>', {}],
  ])('%s', (_name, html, expected) => {
    expect(meta(html)).toEqual(expected);
  });
});
