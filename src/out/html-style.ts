/** The page's only styling: inline, so the page makes no request. */
export const HTML_STYLE = `
:root { color-scheme: light dark; --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --mark: #fff1a8; --mark-nested: #ffd966; --accent: #0b57d0; }
@media (prefers-color-scheme: dark) { :root { --ink: #e8e8ea; --muted: #a0a4ab; --rule: #3a3a40; --mark: #5c4d00; --mark-nested: #7a6500; --accent: #8ab4f8; } }
body { margin: 0 auto; max-width: 52rem; padding: 1.5rem 1.25rem 4rem; font: 17px/1.55 Georgia, "Times New Roman", serif; color: var(--ink); }
h1, h2, h3, h4, nav, table, .meta, .status, sup { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.9rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.45rem; margin-top: 2.5rem; border-bottom: 2px solid var(--rule); padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin-top: 1.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
h4 { font-size: 1rem; margin: 1.2rem 0 0.4rem; }
a { color: var(--accent); }
.meta, .none, .status { color: var(--muted); font-size: 0.9rem; }
.status { font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.4rem 0 1rem; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-weight: 600; }
sup.cites { font-size: 0.7rem; margin-left: 0.1rem; }
sup.cites a { text-decoration: none; margin-right: 0.15rem; }
dl.timeline dt { font-weight: 600; margin-top: 0.6rem; font-family: system-ui, sans-serif; }
dl.timeline dd { margin-left: 1.2rem; }
article.document { border-top: 1px solid var(--rule); padding-top: 0.6rem; }
article.document h3 { text-transform: none; letter-spacing: 0; color: var(--ink); }
.text { white-space: pre-wrap; }
time { white-space: nowrap; }
mark { background: var(--mark); color: inherit; border-radius: 2px; }
mark mark { background: var(--mark-nested); }
mark[data-n]::before { content: "[" attr(data-n) "]"; font: 0.65rem system-ui, sans-serif; vertical-align: super; color: var(--muted); }
mark:target { outline: 2px solid var(--accent); }
`;
