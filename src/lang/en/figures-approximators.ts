/**
 * Words before a number that bound or soften it. `upper`: the number is a ceiling (high = n); `lower`: a
 * floor (low = n); `about`: value = n, approximate. `approximate` says whether the bound also implies
 * closeness ("nearly 20,000" is close to 20,000; "up to 20,000" need not be).
 */
export const FIGURE_APPROXIMATORS: Readonly<
  Record<string, { readonly kind: 'upper' | 'lower' | 'about'; readonly approximate: boolean }>
> = {
  nearly: { kind: 'upper', approximate: true },
  almost: { kind: 'upper', approximate: true },
  'just under': { kind: 'upper', approximate: true },
  'just below': { kind: 'upper', approximate: true },
  'close to': { kind: 'upper', approximate: true },
  'up to': { kind: 'upper', approximate: false },
  'as many as': { kind: 'upper', approximate: false },
  'less than': { kind: 'upper', approximate: false },
  'fewer than': { kind: 'upper', approximate: false },
  under: { kind: 'upper', approximate: false },
  'no more than': { kind: 'upper', approximate: false },
  'at most': { kind: 'upper', approximate: false },
  'more than': { kind: 'lower', approximate: false },
  over: { kind: 'lower', approximate: false },
  above: { kind: 'lower', approximate: false },
  'at least': { kind: 'lower', approximate: false },
  'just over': { kind: 'lower', approximate: true },
  'upwards of': { kind: 'lower', approximate: false },
  'in excess of': { kind: 'lower', approximate: false },
  'no fewer than': { kind: 'lower', approximate: false },
  'no less than': { kind: 'lower', approximate: false },
  around: { kind: 'about', approximate: true },
  about: { kind: 'about', approximate: true },
  some: { kind: 'about', approximate: true },
  roughly: { kind: 'about', approximate: true },
  approximately: { kind: 'about', approximate: true },
  'an estimated': { kind: 'about', approximate: true },
  estimated: { kind: 'about', approximate: true },
  circa: { kind: 'about', approximate: true },
};
