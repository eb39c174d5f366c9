import type { PictureStory } from './api.js';
import { el, section } from './dom.js';
import type { StoryContext } from './story-context.js';

type Claim = PictureStory['claims'][number];

export const claimsPanel = (ctx: StoryContext): HTMLElement => {
  const byClaimant = new Map<string, Claim[]>();
  // a claim made jointly ("the Observatory and SANA said") is listed under each of its claimants; a source no
  // entity stands for ("a Russian military spokesman") under its words; no named source under ''
  const words = (c: Claim): string => (c.claimantSpan === null ? '' : `=${ctx.quote(c.claimantSpan) ?? ''}`);
  for (const c of ctx.story.claims)
    for (const key of c.claimantId === null ? [words(c)] : [c.claimantId, ...c.coClaimantIds])
      byClaimant.set(key, [...(byClaimant.get(key) ?? []), c]);
  const label = (key: string): string =>
    key.startsWith('=') ? key.slice(1) : ctx.name(key === '' ? null : key);
  const groups = [...byClaimant.entries()].sort((a, b) => b[1].length - a[1].length);
  return section(
    'Claims by claimant',
    'claims',
    groups.length === 0
      ? el('p', { className: 'empty' }, 'No attributed claims.')
      : el(
          'div',
          {},
          ...groups.map(([claimant, claims]) =>
            el(
              'details',
              { className: 'claimant', attrs: claims.length <= 3 ? { open: '' } : {} },
              el('summary', {}, `${label(claimant)} (${claims.length})`),
              el(
                'ul',
                {},
                ...claims.map((c) =>
                  el(
                    'li',
                    {},
                    el('span', { className: `badge stance-${c.stance}` }, c.stance),
                    ' ',
                    el('q', {}, ctx.quote(c.content) ?? ''),
                    ...(c.coClaimantIds.length === 0
                      ? []
                      : [
                          ' ',
                          el(
                            'span',
                            { className: 'joint' },
                            `(with ${[c.claimantId, ...c.coClaimantIds]
                              .filter((id) => id !== claimant)
                              .map((id) => ctx.name(id))
                              .join(', ')})`,
                          ),
                        ]),
                    ' ',
                    ctx.cite(c.content),
                  ),
                ),
              ),
            ),
          ),
        ),
  );
};
