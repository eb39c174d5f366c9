import { describe, expect, it } from 'vitest';
import { isPhotoCaption } from './is-photo-caption.js';

describe('isPhotoCaption', () => {
  it.each([
    // a wire caption cut short and closed by its agency
    [
      'The mayor of Eastport speaks to reporters outside the town hall, Monday, June 3, 2019. Officials continue to search the river for... (Associated Press)',
      true,
    ],
    ['Rescuers carry a boy from the flooded school in Eastport. The river rose... (AP)', true],
    ['Rescuers carry a boy from the flooded school in Eastport. The river rose… (Reuters)', true],
    [
      'Rescuers walk along the dam, June 3, 2019. The river rose... (AP Photo/Jane Roe) (Associated Press)',
      true,
    ],
    // opened by the picture desk's label or an "In this … photo"
    [
      'FILE - In this Monday, June 3, 2019, file photo, the mayor of Eastport walks along the river in Eastport.',
      true,
    ],
    ['FILE- In this Oct. 2, 2001 file photo, the old dam is seen from the bridge.', true],
    ['FOR RELEASE SUNDAY JUNE 9 FILE - This 2018 photo released by the family shows Jane Roe.', true],
    ['In this Tuesday, June 4, 2019 photo, volunteers fill sandbags by the river in Eastport.', true],
    ['In this undated handout photo, the mayor stands by the dam.', true],
    ['This undated photo provided by the Eastport police shows John Roe.', true],
    // closed by an agency's credit naming the photographer, or by a bracketed photo credit
    ['The mayor of Eastport walks along the river. (AP Photo/Jane Roe, File)', true],
    ['The mayor of Eastport walks along the river on June 3, 2019. REUTERS/Jane Roe', true],
    ['Volunteers fill sandbags by the river in Eastport on Tuesday. AP Photo/Jane Roe', true],
    ['The mayor of Eastport at the flood meeting, June 3, 2019. (Photo: Jane Roe/Example/AP)', true],
    ['The mayor of Eastport at the flood meeting (Photo by Jane Roe)', true],
    // negatives: a dateline that opens a report, a quote cut short, report sentences that start alike
    ['CAIRO (Reuters) - The army said on Monday it had retaken the town... after a week of fighting.', false],
    ['EASTPORT (AP) — Officials continue to search the river for a missing boy.', false],
    ['"We will search the river until we find him..." the mayor said.', false],
    ['The mayor said the search would go on... (Reuters)  and then left.', false],
    ['The agency said the poll was conducted by phone. (Associated Press)', false],
    ['In this case, the picture is less clear than officials had hoped, the mayor said.', false],
    ['In this town, photos of the flood hang in every shop window.', false],
    ['This photo shows how high the river rose, the mayor said.', false],
    ['Files released on Monday show the dam had cracked in 2018.', false],
    ['FILE NOT FOUND', false],
    // a gallery's slide keeps its text (its credit is cut at cleaning)
    ['3/18 On taxes "I paid what the law asked, not a cent more." AFP/Getty Images', false],
    ['The dam broke. (Jane Roe/Getty Images)', false],
    // a whole report printed on one line is no caption, however it ends
    [`${'The river rose again on Monday and the town was flooded. '.repeat(15)}(AP Photo/Jane Roe)`, false],
    ['', false],
  ])('%s → %s', (paragraph, expected) => {
    expect(isPhotoCaption(paragraph)).toBe(expected);
  });
});
