import { describe, expect, it } from 'vitest';
import { namePartVariant, nameVariantKey } from './name-variant.js';

describe('namePartVariant: spellings of one name part meet', () => {
  it.each([
    [['Mohamed', 'Mohammed', 'Muhammad', 'Mohamad'], 'muhamad'],
    [['Morsi', 'Mursi', 'Morsy'], 'mursi'],
    [['Gaddafi', 'Qaddafi', 'Kadhafi', 'Gadhafi'], 'kadafi'],
    [['Muammar', 'Moammar'], 'muamar'],
    [['al-Sissi', 'el-Sisi', 'Sisi', 'Sīsī'], 'sisi'],
    [['Hussein', 'Husayn', 'Hossein'], 'husain'],
    [['Omar', 'Umar'], 'umar'],
    [["Ba'ath", 'Baath', 'Bath'], 'bath'],
    [['Yusuf', 'Yousef', 'Youssef', 'Yousif', 'Yusef'], 'yusuf'],
    [['Abdel', 'Abdul', 'Abdal'], 'abdal'],
    [['Sanogo', 'Sanago'], 'sanaku'],
  ])('%j → %s', (forms, expected) => {
    for (const f of forms) expect(namePartVariant(f)).toBe(expected);
  });
});

describe('namePartVariant: different names keep apart', () => {
  it.each([
    ['Ali', 'Ala'],
    ['Khan', 'Kahn'],
    ['Morsi', 'Moses'],
    ['Hassan', 'Hussein'],
    ['Hosni', 'Hussein'],
    ['Hanson', 'Hansen'],
    ['Mario', 'Maria'],
    ['Paulo', 'Paula'],
    ['Hamid', 'Hamad'],
    ['Karim', 'Karam'],
    ['Jamil', 'Jamal'],
    ['Abdullah', 'Abdel'],
    ['Yusuf', 'Yasif'],
  ])('%s ≠ %s', (a, b) => expect(namePartVariant(a)).not.toBe(namePartVariant(b)));
});

describe('nameVariantKey', () => {
  it.each([
    ['mohamed mursi', 'muhamad mursi'],
    ['mohammed morsi', 'muhamad mursi'],
    ['abdel fattah al-sisi', 'abdal fatah sisi'],
    ['ahmed morsi', 'ahmad mursi'],
    ['abd al-karim', 'abdal karim'],
    ['abdul karim', 'abdal karim'],
    ['abdel-karim', 'abdal karim'],
    ['abd el-fattah al-sisi', 'abdal fatah sisi'],
    ['youssef ali', 'yusuf ali'],
    ['kim jong-nam', 'kim junk nam'],
    ['kim jong nam', 'kim junk nam'],
    ['moon jae-in', 'mun ja in'],
    // Negatives: another name keeps its own key.
    ['abdullah ali', 'abdulah ali'],
    ['ali hassan', 'ali hasan'],
    ['ali hussein', 'ali husain'],
    ['kim jong-un', 'kim junk un'],
  ])('%s → %s', (key, expected) => expect(nameVariantKey(key)).toBe(expected));
});
