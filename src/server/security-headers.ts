import { CONTENT_SECURITY_POLICY as STATIC_HTML_POLICY } from '../out/render-html.js';

/**
 * The web page runs only its own bundled script and style and talks only to this server: no inline
 * script, no outside fonts, tiles or scripts. Leaflet and the chart style elements through the CSSOM,
 * which `style-src 'self'` allows.
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries; the rendered HTML story (no script at all) gets its own stricter policy. */
export const securityHeaders = (htmlStory: boolean): Record<string, string> => ({
  'content-security-policy': htmlStory ? `${STATIC_HTML_POLICY}; frame-ancestors 'none'` : PAGE_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
});
