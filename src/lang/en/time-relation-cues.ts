import type { TimeRelation } from '../../model/time-mention.js';

/** Words just before a time expression → how it relates to what it qualifies ("since November 15"). */
export const TIME_RELATION_CUES: Readonly<Record<string, TimeRelation>> = {
  since: 'since',
  from: 'since',
  'starting from': 'since',
  until: 'until',
  till: 'until',
  'up to': 'until',
  'up until': 'until',
  through: 'until',
  by: 'until',
  before: 'before',
  'ahead of': 'before',
  'prior to': 'before',
  after: 'after',
  following: 'after',
  during: 'during',
  throughout: 'during',
  over: 'during',
  for: 'during',
  within: 'during',
  'in the course of': 'during',
};

/** Words that make a bare month name a time expression ("in September"; "they march" is not one). */
export const TIME_MONTH_CONTEXT_WORDS: readonly string[] = [
  'in',
  'since',
  'until',
  'till',
  'by',
  'from',
  'to',
  'through',
  'during',
  'of',
  'before',
  'after',
  'between',
  'and',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid',
  'throughout',
  'around',
  'on',
];

/** Words that make a bare four-digit number a year ("in 2011", "since 2012"; "killed 2000" is not one). */
export const TIME_YEAR_CONTEXT_WORDS: readonly string[] = [
  'in',
  'since',
  'until',
  'till',
  'by',
  'from',
  'through',
  'during',
  'before',
  'after',
  'between',
  'throughout',
  'early',
  'late',
  'mid',
];

/** A "since" this many words back, in the same clause, windows a later "in …" date ("since X began in 2011"). */
export const TIME_SINCE_CLAUSE_WORDS = 14;
