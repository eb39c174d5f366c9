import type { Stance } from '../../model/stance.js';

/**
 * Cue verbs derived from the PolNeAR train split (eval/attribution-derive-cues.ts; min 3 annotations,
 * annotated as a cue in ≥ 20% of occurrences), with a stance by stem. Generated: do not edit.
 */
export const DERIVED_CUES: Readonly<Partial<Record<Stance, readonly string[]>>> = {
  accuses: [
    'accusing', 'assailed', 'attacked', 'blast', 'blasted', 'blasting', 'blasts', 'charged', 'condemned',
    'criticize', 'criticized', 'criticizes', 'criticizing', 'decried', 'denounced', 'denouncing', 'mocked',
    'mocking', 'slammed', 'slamming', 'slams',
  ],
  announces: [
    'announcing', 'declare', 'declared', 'declares', 'declaring',
  ],
  asserts: [
    'adamant', 'adding', 'addressed', 'advising', 'advocated', 'alarm', 'alleging', 'angered', 'answered',
    'appear', 'appeared', 'appears', 'applauded', 'appointed', 'argue', 'argued', 'argues', 'arguing',
    'asserted', 'asserting', 'assertion', 'assumed', 'assured', 'attributed', 'authorized', 'backed',
    'backing', 'believes', 'believing', 'bemoaned', 'blocked', 'boasted', 'celebrated', 'challenged',
    'championed', 'chanted', 'chanting', 'chants', 'chided', 'chiding', 'cite', 'cited', 'cites', 'citing',
    'claiming', 'clarified', 'comparing', 'complained', 'complaints', 'conclude', 'concluded', 'concludes',
    'congratulated', 'considered', 'considering', 'considers', 'contends', 'continued', 'contradicted',
    'contrasting', 'convince', 'convinced', 'credited', 'decided', 'deciding', 'declined', 'decrying',
    'deemed', 'defended', 'defending', 'defends', 'described', 'describes', 'describing', 'detailing',
    'determined', 'determining', 'disclosed', 'discuss', 'discussed', 'discussing', 'displayed', 'documented',
    'downplayed', 'dubbed', 'eager', 'echoed', 'echoing', 'emailed', 'embraced', 'emphasized', 'emphasizing',
    'encouraged', 'endorsed', 'endorses', 'enjoyed', 'envisioned', 'estimated', 'estimates', 'explained',
    'explaining', 'explains', 'exposed', 'expressed', 'favored', 'finds', 'follows', 'forecast', 'foresee',
    'found', 'glad', 'hailed', 'highlighted', 'highlighting', 'hints', 'hired', 'identified', 'ignored',
    'imagined', 'implied', 'implying', 'indicate', 'indicated', 'indicates', 'informed', 'interjected',
    'invoked', 'joked', 'knocked', 'knows', 'labeled', 'lambasted', 'lamented', 'laments', 'learned',
    'likened', 'listed', 'listing', 'lists', 'mentioned', 'mentioning', 'mentions', 'named', 'naming',
    'negotiated', 'nominated', 'noted', 'notes', 'noting', 'observed', 'oppose', 'opposed', 'opposes',
    'ordered', 'outlining', 'painting', 'persuaded', 'portrayed', 'portraying', 'posted', 'praised',
    'praises', 'praising', 'predict', 'predicted', 'predicting', 'predicts', 'prefer', 'preferred', 'prefers',
    'proclaimed', 'projected', 'promotes', 'promoting', 'pronounced', 'protesting', 'questioned',
    'questioning', 'quoted', 'quotes', 'quoting', 'rattled', 'read', 'reads', 'reaffirmed', 'realized',
    'rebuffed', 'rebuked', 'recall', 'recalled', 'recalling', 'recognized', 'recognizes', 'recognizing',
    'recounted', 'referenced', 'referencing', 'refuse', 'refused', 'refuses', 'refusing', 'reiterated',
    'remarked', 'remarking', 'remembered', 'remembers', 'reminded', 'reminding', 'repeated', 'repeating',
    'replied', 'requested', 'resisted', 'responded', 'responds', 'restricting', 'retweeted', 'reveal',
    'revealed', 'reveals', 'ruled', 'rumors', 'seeking', 'seeks', 'seemed', 'seems', 'sees', 'sentenced',
    'shouted', 'show', 'showed', 'showing', 'shown', 'shows', 'signaled', 'signed', 'sought', 'sounded',
    'speculated', 'speculation', 'spotted', 'stating', 'stressed', 'supported', 'supporting', 'supports',
    'telling', 'testified', 'thanked', 'thanking', 'thinks', 'threaten', 'threatened', 'threatening',
    'titled', 'touted', 'touting', 'touts', 'trumpeting', 'tweeted', 'tweeting', 'underscored', 'understood',
    'welcomed', 'wonder', 'wondered', 'wondering', 'writes', 'wrote', 'yelled',
  ],
  confirms: [
    'acknowledge', 'acknowledged', 'acknowledges', 'acknowledging', 'admits', 'admitted', 'admitting',
    'agreed', 'agrees', 'conceded',
  ],
  demands: [
    'asked', 'asking', 'asks', 'called', 'calling', 'calls', 'demanding', 'insist', 'insisted', 'insisting',
    'insists', 'urging',
  ],
  denies: [
    'dismissing', 'disputed',
  ],
  hopes: [
    'expect', 'expected', 'expecting', 'hoping', 'wanted', 'wants',
  ],
  proposes: [
    'offering', 'pledged', 'pledges', 'pledging', 'promised', 'promises', 'promising', 'proposing',
    'recommended', 'suggest', 'suggested', 'suggesting', 'suggestion', 'suggests', 'vow', 'vowed', 'vowing',
    'vows',
  ],
  warns: [
    'fear', 'fearing', 'warning', 'worried', 'worries',
  ],
};
