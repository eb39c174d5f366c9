/** A news page as sites serve it: JSON-LD, Open Graph, navigation, article, related links, footer. */
export const NEWS_PAGE = `<!doctype html>
<html lang="en"><head>
<title>Rebels lose Hanano district | Example Times</title>
<meta name="description" content="Government forces advanced.">
<meta property="og:title" content="Rebels lose Hanano district">
<meta property="og:site_name" content="Example Times">
<meta property="og:url" content="https://example.test/world/hanano">
<meta property="article:published_time" content="2016-11-27T09:15:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","name":"Example Times"},
  {"@type":"NewsArticle","headline":"Rebels lose Hanano district in east Aleppo",
   "datePublished":"2016-11-26T22:00:00Z","publisher":{"@type":"Organization","name":"Example Times Ltd"},
   "url":"https://example.test/a/1"}]}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article>
<h1>Rebels lose Hanano district in east Aleppo</h1>
<p>Government forces and their allies pushed into the Hanano district of eastern Aleppo on Saturday,
the first time they have entered the rebel-held enclave in years, a monitoring group said.</p>
<p>Thousands of residents fled towards the Kurdish-held Sheikh Maqsoud district<br>and to government-held
western districts as the fighting spread, according to residents reached by telephone.</p>
<p>Follow us on Twitter for the latest updates</p>
<p>Rebels said they had withdrawn to defensive lines further south and would counter-attack.</p>
</article>
<aside><h2>Related</h2><ul><li><a href="/x">Other story</a></li></ul></aside>
<footer><p>© 2016 Example Times Ltd</p></footer>
</body></html>`;

/** A page with nothing to read: navigation and a footer. */
export const EMPTY_PAGE = `<!doctype html><html><head><title>Example Times</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Log in</a></nav>
<footer>© 2016 Example Times</footer></body></html>`;
