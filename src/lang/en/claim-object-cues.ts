/**
 * Cue words that state something only with a clause after them: with a noun phrase they name what was written,
 * posted, quoted, cited, mentioned, repeated or answered ("wrote a letter to the minister", "quoted the mayor",
 * "citing a report", "responded to our inquiry"), not what is claimed ("wrote that the talks had failed").
 */
export const CLAIM_OBJECT_CUES: ReadonlySet<string> = new Set(
  [
    'write, writes, wrote, writing, written, post, posts, posted, posting, tweet, tweets, tweeted, tweeting',
    'quote, quotes, quoted, quoting, cite, cites, cited, citing, mention, mentions, mentioned, mentioning',
    'repeat, repeats, repeated, repeating, reiterate, reiterates, reiterated, reiterating, reply, replies',
    'replied, replying, respond, responds, responded, responding, clarify, clarifies, clarified, comment',
    'comments, commented, commenting',
  ].flatMap((l) => l.split(/,\s*/)),
);
