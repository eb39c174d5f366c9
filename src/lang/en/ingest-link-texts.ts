/**
 * Link texts that scraped news pages carry with the report: "Read more", "Continue reading", "See also",
 * "Related:", alone, before the headline they link to, or glued to the end of the text before them. Data only.
 */

/**
 * A line (trimmed, at most BOILERPLATE_MAX_LINE long) matching any of these is a link to another page, dropped
 * by cleaning: "Read more: <headline>", "RELATED: <headline>", "[Related: <headline>]", "See also", "Read more
 * about <topic>" (no sentence end), "Continue reading", "Click here to read more".
 */
export const LINK_TEXT_LINE_PATTERNS: readonly RegExp[] = [
  /^\[?\s*(?:read more(?: on this(?: story| topic)?)?|related(?: stories| articles| coverage| links?)?|see also|also read|read also|continue reading)\s*:.*$/i,
  /^(?:read more|see also|continue reading|click here to read more|read the full (?:story|article))\s*[.:…]*$/i,
  /^read more (?:about|on) [^.!?:]{1,100}$/i,
];

/**
 * A link text glued to the end of a line (after a name, headline or sentence), cut from it: "… in Hollywood
 * Read more", "… said. READ MORE:", "… talks Continue reading", "… the vote. Click here to read more.".
 * Sentence case or capitals; title case ("Read More") only with its colon, as a title-case headline may end
 * in these words. Lowercase never: "… he wanted to read more".
 */
export const TRAILING_LINK_TEXT_PATTERNS: readonly RegExp[] = [
  /(?<=\S)\s+(?:Read more|READ MORE|Continue reading|CONTINUE READING)\s*:?$/,
  /(?<=\S)\s+(?:Read More|Continue Reading|See [Aa]lso|SEE ALSO|Related|RELATED)\s*:$/,
  /(?<=\S)\s+click here to read more\s*[.:]?$/i,
];
