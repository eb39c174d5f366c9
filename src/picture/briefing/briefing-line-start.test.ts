import { describe, expect, it } from 'vitest';
import { briefingLineStart } from './briefing-line-start.js';

describe('briefingLineStart: page furniture is no briefing line', () => {
  it.each([
    ['a contact line', 'Jane Roe can be reached at jroe@example.org for comment.'],
    ['a web address', 'More details are posted at https://example.org/flood-relief today.'],
    ['a bare www address', 'Donations are collected through www.example.org and local banks.'],
    ['an embedded post', 'We will rebuild the bridge together. — Jane Roe (@janeroe) May 21, 2013'],
    ['a credit line', 'Associated Press writer John Doe contributed to this report.'],
    ['an agency credit', '(Reporting by John Doe; Editing by Jane Roe)'],
    ['a credit after reporting', 'Writing by John Doe in Geneva; editing by Jane Roe and Sam Poe'],
    ['a time stamp', 'Posted Tuesday, November 21, 2017 5:27 pm'],
    ['a dated byline', 'March 10, 2012 10:54 am ET by Staff Writers'],
    ['a promo', 'Related: Five things to know about the flooded river valley'],
    ['a share button', 'Click to share on a social network (Opens in new window)'],
    ['a tip request', 'Have a tip we should know about this story?'],
    ['an embed notice', 'You can add location information to your Tweets from the web and apps.'],
    ['an archive notice', 'These crawls are part of an effort to keep old pages readable.'],
    [
      'an archive embargo notice',
      'Flowing in every day, these pages are added to the Wayback Machine after a delay.',
    ],
    ['a player notice', 'This feature is not available right now.'],
    ['a file photo caption', 'FILE - In this May 4, 2001, file photo, a ferry docks at the harbour.'],
    ['a photo caption', 'In this Aug. 26, 2014 photo, the mayor speaks to reporters outside city hall.'],
    ['an undated caption', 'In this undated handout photo, a rescue boat crosses the flooded square.'],
    ['a reprint notice', 'This copy is for your personal, non-commercial use only, the notice says.'],
    ['a copyright line', 'All rights reserved by the publisher of this weekly magazine.'],
  ])('%s → null', (_, sentence) => {
    expect(briefingLineStart(sentence)).toBeNull();
  });
});

describe('briefingLineStart: where the line starts', () => {
  it.each([
    ['an ordinary sentence', 'Rescue teams evacuated hundreds of families on Thursday.', ''],
    [
      'a dateline with an agency',
      'CAIRO (Reuters) - Talks resumed on Tuesday, officials said.',
      'CAIRO (Reuters) - ',
    ],
    ['a glued dateline', 'PARIS—The minister resigned late on Monday night.', 'PARIS—'],
    ['a dateline with a state', 'SYCAMORE, Ill. -- A court freed the man on Friday.', 'SYCAMORE, Ill. -- '],
    ['a two-word place', 'SAN FRANCISCO — The firm dropped its claim for costs.', 'SAN FRANCISCO — '],
    ['an agency tag', '(CNN) — Two ferries collided in the harbour on Sunday.', '(CNN) — '],
    ['story highlights', 'Story highlights The vote took place on the night before.', 'Story highlights '],
    ['a label in capitals', 'ON LEADERSHIP: "Leadership is not about a title," he said.', 'ON LEADERSHIP: '],
    // negatives: no dateline, and sentences that only look like furniture
    ['a hyphenated name', 'U.S.-China talks resumed in Geneva on Tuesday morning.', ''],
    ['a spaced hyphen after an initialism', 'U.S. - China talks resumed in Geneva on Tuesday.', ''],
    ['a capitalised first word', 'NATO said it would send more ships to the region.', ''],
    ['reporting by a newspaper', 'According to reporting by the Times, the deal collapsed.', ''],
    ['a screen name', 'Using the screen name @Rush, he asked the mayor for restraint.', ''],
    ['a year after published', 'Published in 1998, the study found no link to the disease.', ''],
    ['the archive as news', 'The Internet Archive was sued by four publishers on Monday.', ''],
    ['the Wayback Machine as news', 'Lawyers cited pages saved by the Wayback Machine in court.', ''],
    ['a feature as news', 'The feature is not available in Europe, the company said.', ''],
    ['a photo in the news', 'In this case the photo was taken by a passer-by, police said.', ''],
  ])('%s', (_, sentence, furniture) => {
    expect(briefingLineStart(sentence)).toBe(furniture.length);
  });
});
