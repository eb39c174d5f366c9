import { lookupPlace } from '../../geo/lookup-place.js';

/**
 * True when the gazetteer knows a town or city by exactly this name ("Timbuktu", "Kidal"); not countries or
 * regions, and not a name it files under another spelling ("God" is not "Göd").
 */
export const populatedPlace = (name: string): boolean => {
  const want = name.normalize('NFC').toLowerCase();
  return lookupPlace(name).some(
    (e) => e.featureCode.startsWith('PPL') && e.name.normalize('NFC').toLowerCase() === want,
  );
};
