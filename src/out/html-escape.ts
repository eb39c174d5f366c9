const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Report-derived text as inert HTML, safe in element content and in quoted attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Only http(s) URLs become links; anything else (javascript:, data:, relative) stays text. */
export const isHttpUrl = (url: string | null): url is string => url !== null && /^https?:\/\/\S+$/i.test(url);
