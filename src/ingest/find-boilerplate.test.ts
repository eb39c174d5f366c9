import { describe, expect, it } from 'vitest';
import { findBoilerplate, leadingFurniture, trailingCredit } from './find-boilerplate.js';

describe('findBoilerplate', () => {
  it.each([
    ['Visit the International Business Times UK Pictures page to see our latest picture galleries.', true],
    ['Follow us on Twitter @example', true],
    ['Sign up for our daily briefing', true],
    ['Click here to subscribe.', true],
    ['© 2016 Thomson Reuters', true],
    ['Copyright 2016 The Associated Press. All rights reserved.', true],
    ['This material may not be published. All rights reserved.', true],
    ['Advertisement', true],
    ['Read more from Le Monde in French.', true],
    ['Read the full story at BBC News', true],
    ['Advertisement Advertisement Advertisement', true],
    ['Advertisement Continue reading the main story', true],
    ['Story Continued Below', true],
    ['Scroll to continue with content', true],
    ['Scroll down for video', true],
    ['Photo', true],
    ['Slideshow (12 Images)', true],
    [
      'JUST WATCHED Dam breaks in the valley Replay More Videos ... MUST WATCH Dam breaks in the valley 01:20',
      true,
    ],
    ['Get the latest news Sign up for our newsletter', true],
    ['Click to email this to a friend (Opens in new window)', true],
    ['Click to share on Twitter (Opens in new window)', true],
    ['This story appears in the March 3, 2019 issue of Example Weekly. Subscribe', true],
    ['PHOTOS: The flood in pictures', true],
    ['Photo – Jane Doe', true],
    ['Photo: Jane Doe. Credit: Getty Images', true],
    ['(Photo: Jane Doe/AP)', true],
    ['(Credit: Example Corp)', true],
    ['Image copyright Getty Images', true],
    ['Courtesy of the Doe family', true],
    ['Courtesy Jane Doe', true],
    ['toggle caption Jane Doe/NPR', true],
    ['Hide Caption', true],
    ['Jane Doe/AFP/Getty Images', true],
    ['John Q. Public / Reuters', true],
    ['Jane Doe/ABC', true],
    [
      'Photo: Rescuers search the rubble of a school in the valley on Monday morning. Credit: Jane Doe / The Daily Example',
      true,
    ],
    // a caption closed by a picture desk's id
    ['Example Agency Photo, Jane Doe President John Roe image:66419:2::0', true],
    ['Rescuers at the dam image:123', true],
    // a reporter's byline or reporting credit alone on its line
    ['By Jane Doe, Associated Press', true],
    ['BY JANE DOE AND JOHN ROE', true],
    ['By Jane Doe | Example News', true],
    ['Jane Doe | CNN', true],
    ['(Reporting by Jane Doe; Editing by John Roe)', true],
    ['Reporting by Jane Doe; editing by John Roe', true],
    ['Jane Doe reported from Kabul.', true],
    ['Jane Doe reported from Kabul and John Roe from Islamabad.', true],
    ['Example Press writer Jane Doe in Kabul contributed to this report.', true],
    // negatives: report sentences that merely start alike
    ['By Monday, the troops had left the town.', false],
    ['By then Jane Doe had fled.', false],
    ['By Jane Doe, the troops had left.', false],
    ['By Noon Tuesday the Roads Were Closed and the Town Cut Off', false],
    ['Jane Doe reported from Kabul that the road was closed.', false],
    ['Reporting by the agency showed the toll rising.', false],
    ['Opinion | Humor', false],
    ['Follow-up talks were held in Geneva on Friday.', false],
    ['Visitors to the city described the damage.', false],
    ['Signs of fatigue were evident among the fighters, the Observatory said.', false],
    ['The copyright dispute was settled in court last year.', false],
    [
      'Read more from the report: the army has lost 40 percent of its troops since May, the monitor said.',
      false,
    ],
    [`Follow us on Twitter, he urged supporters, ${'in a speech that went on and on '.repeat(8)}`, false],
    ['Photo-finish decides the race in Example City', false],
    ['Photographs of the damage were shared widely on Monday.', false],
    ['Courtesy calls were made to the families.', false],
    ['Trump Signs US/UK Trade Deal', false],
    ['Scroll through the list of the missing, the police urged.', false],
    ['The advertisement ran in three newspapers.', false],
    ['Click to share on Twitter was the button the campaign bought.', false],
    ['This story appears in the March issue of the magazine, which went to press before the vote', false],
    ['Video footage showed the dam breaking, officials said.', false],
    // an id inside a sentence, or past the line limit, is no caption's
    ['The site lists it as image:123 in its archive.', false],
    [`Rescuers ${'worked through the night at the dam '.repeat(8)}image:123`, false],
    [
      `Photo: Jane Doe/via Example Turns out the flood came faster than expected, ${'and the town had to move. '.repeat(6)}`,
      false,
    ],
  ])('%s → %s', (line, drop) => {
    expect(findBoilerplate([line])).toEqual([drop]);
  });

  it.each([
    [
      ['Residents walk through rubble', 'Residents walk through rubbleReuters'],
      [true, true],
    ],
    [
      ['A boy in Aleppo', 'A boy in Aleppo (AFP/Getty Images)'],
      [true, true],
    ],
    [
      ['A boy in Aleppo', 'A boy in Aleppo REUTERS/Abdalrhman Ismail'],
      [true, true],
    ],
    [
      ['A boy in Aleppo', 'A boy in Aleppo | Photo: Jane Doe'],
      [true, true],
    ],
    [
      ['x', 'A boy in Aleppo', 'A boy in AleppoAFP', 'y'],
      [false, true, true, false],
    ],
    // negatives: a heading followed by a sentence that starts with it; an exact repeat; unrelated lines
    [
      ['Aleppo', 'Aleppo residents fled on Saturday.'],
      [false, false],
    ],
    [
      ['Aleppo', 'Aleppo'],
      [false, false],
    ],
    [
      ['A boy in Aleppo', 'A girl in AleppoReuters'],
      [false, false],
    ],
    [
      ['', 'Reuters'],
      [false, false],
    ],
  ])('%j', (lines, drop) => {
    expect(findBoilerplate(lines)).toEqual(drop);
  });
});

const GALLERY =
  'Photos: The flood in pictures Photos: The flood in pictures Rescuers search the valley on Monday. Hide Caption 1 of 2 Photos: The flood in pictures A dam broke in 2014. Hide Caption 2 of 2';

describe('leadingFurniture', () => {
  it.each([
    ['a CNN gallery, whole', GALLERY, GALLERY.length],
    ['a gallery, then the report', `${GALLERY} The dam broke on Monday.`, GALLERY.length + 1],
    [
      'a Post gallery, whole',
      '1 of 26 Full Screen Autoplay Close Skip Ad × The flood View Photos A look at the flood. Caption A look at the flood. Jane Doe/For The Example Post Buy Photo Wait 1 second to continue.',
      183,
    ],
    [
      'a gallery with "Show Caption", whole',
      'Photos: The flood in pictures Rescuers on Monday. Jane Doe/AP 1 of 20 • • 1 of 20 Show Caption Rescuers on Monday.',
      114,
    ],
    [
      'a slideshow header, then the report',
      '7 PHOTOS Flood in the valley See Gallery Up Next HIDE CAPTION SHOW CAPTION of SEE ALL BACK TO SLIDE A dam broke on Monday.',
      100,
    ],
    ["a photo's credit and label, then its caption", 'Image copyright AFP Image caption The dam in 2014', 34],
    [
      'a media label, then its caption',
      'Media playback is unsupported on your device Media caption The mayor: "We left"',
      59,
    ],
    ['an image caption label', 'Image caption Rescuers in the valley', 14],
    [
      'a reprint notice, whole',
      'Example Reprints: This copy is for your personal, non-commercial use only. To order presentation-ready copies for your clients, use the Order Reprints tool or visit www.example.com',
      180,
    ],
    [
      'a reprint notice, then the report',
      'This copy is for your personal, non-commercial use only. To order copies, visit www.example.com The dam broke.',
      96,
    ],
    ['indented', '  Image caption Rescuers', 16],
    [
      'a byline before the dateline',
      'By Jane Doe, Example Press KABUL, Afghanistan (AP) — Fighters attacked a post.',
      27,
    ],
    ['a byline before a bare dateline', 'BY JANE DOE CAIRO -- Protesters gathered.', 12],
    // negatives
    ['a sentence opening with "By"', 'By Monday KABUL was quiet, officials said.', 0],
    ['a byline with no dateline after it', 'By Jane Doe, Example Press. The dam broke.', 0],
    ['a report line', 'The dam broke on Monday, killing 12 people.', 0],
    ['photos told of, no gallery', 'Photos: residents said the dam broke on Monday.', 0],
    ['a caption told of', 'The image caption read "flood".', 0],
    ['personal use told of', 'The permit is for personal use only, officials said.', 0],
  ])('%s', (_, line, cut) => {
    expect(leadingFurniture(line)).toBe(cut);
  });
});

describe('trailingCredit', () => {
  it.each([
    [
      'Rescuers search the rubble. (Photo: Jane Doe, AFP/Getty Images)',
      ' (Photo: Jane Doe, AFP/Getty Images)',
    ],
    ['Rescuers search the rubble. (Jane Doe/AFP/Getty Images)', ' (Jane Doe/AFP/Getty Images)'],
    [
      'Rescuers in the valley, Monday. (AP Photo/Jane Doe) (Associated Press)',
      ' (AP Photo/Jane Doe) (Associated Press)',
    ],
    [
      'Rescuers in the valley (Photo by Jane Doe for The Example Post)',
      ' (Photo by Jane Doe for The Example Post)',
    ],
    ['“We will rebuild,” he said.” AFP/Getty Images', ' AFP/Getty Images'],
    ['He died at the scene. AP Photo/Jane Doe', ' AP Photo/Jane Doe'],
    // negatives
    ['The agency licensed its archive to Getty Images', ''],
    ['Rescuers search the rubble (see photos below).', ''],
    ['(Photo: Jane Doe/AFP)', ''],
    ['The dam broke on Monday (AFP).', ''],
  ])('%s', (line, credit) => {
    expect(line.slice(line.length - trailingCredit(line))).toBe(credit);
  });
});
