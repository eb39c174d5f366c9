/** sitrep's version, written into every picture (`"sitrep": VERSION`). Kept equal to package.json by a test. */
export const VERSION = '0.4.0';
