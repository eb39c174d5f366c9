import type { Stance } from '../../model/stance.js';

/**
 * Which attribution cues make a claim for the situation picture (src/link/claims/claim-cue-class.ts). The
 * attribution stage reads broad attribution (beliefs, wishes, intentions, decisions), as PolNeAR annotates it;
 * a claim is a statement, report, denial, confirmation, accusation, announcement, warning, proposal or demand,
 * or a belief or assessment, told of a source. A cue is a claim cue when one of its words (or word sequences)
 * is a form of one of these classes. Absent on purpose: wanting and hoping ("want", "hoped", "seeks"), deciding
 * and refusing ("decided", "refused"), seeming ("seems", "appears"), reacting, forming, receiving, seeing.
 * `needsClause`: the class states something only with a clause after it ("fear the town will fall"), not with a
 * bare object ("worrying about similar threats").
 */
export type ClaimCueClass =
  | 'say'
  | 'report'
  | 'deny'
  | 'confirm'
  | 'accuse'
  | 'announce'
  | 'assess'
  | 'concern'
  | 'doubt'
  | 'evidence'
  | 'warn'
  | 'propose'
  | 'demand';

export interface ClaimCueEntry {
  readonly class: ClaimCueClass;
  /** Lower-case word forms; a phrase is space-separated and matches consecutive words of the cue. */
  readonly forms: readonly string[];
  readonly needsClause?: boolean;
  /**
   * The stance the class tells, where the attribution stage read a bare `asserts` ("blaming", "threatening",
   * "raised concerns about"); other classes keep the stage's stance.
   */
  readonly stance?: Stance;
}

/** Forms written as comma-separated lists. */
const forms = (...lists: readonly string[]): string[] => lists.flatMap((l) => l.split(/,\s*/));

export const CLAIM_CUES: readonly ClaimCueEntry[] = [
  {
    class: 'say',
    forms: forms(
      'say, says, said, saying, tell, tells, told, telling, add, adds, added, adding, state, states',
      'stated, stating, claim, claims, claimed, claiming, allege, alleges, alleged, alleging',
      'according to, assert, asserts, asserted, asserting, argue, argues, argued, arguing, contend',
      'contends, contended, insist, insists, insisted, insisting, maintain, maintains, maintained',
      'explain, explains, explained, explaining, describe, describes, described, describing, call',
      'calls, called, calling, note, notes, noted, noting, stress, stresses, stressed, stressing',
      'emphasize, emphasized, emphasise, emphasised, underscored, mention, mentions, mentioned',
      'remark, remarked, recall, recalls, recalled, recalling, recounted, reply, replied, respond',
      'responded, testify, testified, write, writes, wrote, writing, tweet, tweeted',
      'posted, quote, quoted, quoting, cite, cites, cited, citing, complain, complains, complained',
      'lament, lamented, boasted, reiterate, reiterated, repeated, clarified, express, expressed',
      'expressing, quotes, point out, points out, pointed out, pointing out, defends, defended',
      'defending, branded, touted, touts, praised, comment, comments, commented, commenting',
      'specify, specified, praises, hailed, signaled, signalled, signals, yelled, shouted, tweets',
      'tweeting',
    ),
  },
  {
    class: 'report',
    forms: forms(
      'report, reports, reported, reporting, reveal, reveals, revealed, revealing, disclose',
      'disclosed, document, documented, find, finds, found, record, recorded, broadcast, identified',
      'identifies, listed, lists',
    ),
  },
  {
    // what a record, picture or finding shows: a statement only with a clause ("footage showed troops entering
    // the town"), not a depiction ("the photo shows an officer")
    class: 'evidence',
    forms: forms('show, shows, showed, shown, showing, indicate, indicates, indicated, indicating'),
    needsClause: true,
  },
  {
    class: 'deny',
    forms: forms(
      'deny, denies, denied, denying, reject, rejects, rejected, rejecting, dismiss, dismisses',
      'dismissed, dismissing, dispute, disputes, disputed, refute, refuted, rebut, rebutted',
      'contradicted, contradicts',
    ),
  },
  {
    class: 'confirm',
    forms: forms(
      'confirm, confirms, confirmed, confirming, verify, verifies, verified, acknowledge',
      'acknowledges, acknowledged, acknowledging, concede, concedes, conceded, affirm, affirmed',
      'reaffirmed, admit, admits, admitted, admitting',
    ),
  },
  {
    class: 'accuse',
    stance: 'accuses',
    forms: forms(
      'accuse, accuses, accused, accusing, blame, blames, blamed, blaming, charge, charged, condemn',
      'condemns, condemned, condemning, criticize, criticizes, criticized, criticise, criticised',
      'criticizing, denounce, denounced, denouncing, decried, slammed, assailed, lambasted',
    ),
  },
  {
    class: 'announce',
    stance: 'announces',
    forms: forms(
      'announce, announces, announced, announcing, declare, declares, declared, declaring, proclaim',
      'proclaimed, unveiled, trumpeted, trumpets, trumpeting',
    ),
  },
  {
    class: 'assess',
    forms: forms(
      'believe, believes, believed, believing, think, thinks, thought, consider, considers',
      'considered, estimate, estimates, estimated, expect, expects, expected, predict, predicts',
      'predicted, forecast, conclude, concludes, concluded, assess, assessed, judge, judged, deem',
      'deemed, suspect, suspects, suspected, speculate, speculated, convinced, felt, realized',
      'realised, confident',
    ),
  },
  {
    class: 'concern',
    stance: 'warns',
    forms: forms('fear, fears, feared, fearing, worry, worries, worried, worrying, concerned'),
    needsClause: true,
  },
  {
    // "questioned whether …", not "continue to question the leader"
    class: 'doubt',
    forms: forms('doubt, doubts, doubted, questioned, questioning'),
    needsClause: true,
  },
  {
    class: 'warn',
    stance: 'warns',
    forms: forms(
      'warn, warns, warned, warning, caution, cautions, cautioned, threaten, threatens, threatened',
      'threatening, raised concerns, raised concern, raises concerns',
    ),
  },
  {
    class: 'propose',
    forms: forms(
      'propose, proposes, proposed, proposing, offer, offers, offered, offering, promise, promises',
      'promised, promising, pledge, pledges, pledged, pledging, vow, vows, vowed, vowing, suggest',
      'suggests, suggested, suggesting, recommend, recommended',
    ),
  },
  {
    class: 'demand',
    forms: forms(
      'demand, demands, demanded, demanding, urge, urges, urged, urging, appeal, appealed, ask',
      'asks, asked, asking',
    ),
  },
];

const SHOW_PARTICLES: ReadonlySet<string> = new Set(['up', 'off']);
const CALL_PARTICLES: ReadonlySet<string> = new Set(['off', 'up', 'in', 'out']);

/** Particles after a cue word that make a phrasal verb of another sense ("failed to show up", "called off"). */
export const CLAIM_CUE_PARTICLE_BLOCKS: Readonly<Record<string, ReadonlySet<string>>> = {
  show: SHOW_PARTICLES,
  shows: SHOW_PARTICLES,
  showed: SHOW_PARTICLES,
  showing: SHOW_PARTICLES,
  shown: SHOW_PARTICLES,
  call: CALL_PARTICLES,
  calls: CALL_PARTICLES,
  called: CALL_PARTICLES,
  calling: CALL_PARTICLES,
};

/**
 * Participles whose passive subject still speaks or believes ("was quoted as saying", "is convinced"); after a
 * form of "be" other claim participles make the subject the one told or spoken about ("was told", "is estimated").
 */
export const CLAIM_PASSIVE_SPEAKERS: ReadonlySet<string> = new Set(['quoted', 'convinced', 'confident']);

/** The first word of a content that turns the cue on its own source ("identified himself as", "calling themselves"). */
export const CLAIM_REFLEXIVES: ReadonlySet<string> = new Set([
  'himself',
  'herself',
  'itself',
  'themselves',
  'themself',
  'myself',
  'ourselves',
  'yourself',
  'oneself',
]);

/** What a cue without words (a quotation mark, a colon) shows: the quotation goes on in the speaker's words. */
export const CLAIM_QUOTED_CUE = 'quoted';

/** Universal POS tags that make a content a clause for a `needsClause` cue. */
export const CLAIM_CLAUSE_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
