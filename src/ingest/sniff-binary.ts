/** Magic numbers of common binary formats someone may pass by mistake. */
const MAGIC: readonly { readonly kind: string; readonly bytes: readonly number[] }[] = [
  { kind: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'gzip', bytes: [0x1f, 0x8b] },
  { kind: 'bzip2', bytes: [0x42, 0x5a, 0x68] },
  { kind: 'xz', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { kind: 'zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { kind: '7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'ZIP archive (or DOCX/XLSX/EPUB)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  {
    kind: 'SQLite database',
    bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74],
  },
  { kind: 'OLE2 document (old Word/Excel)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'WebP/RIFF media', bytes: [0x52, 0x49, 0x46, 0x46] },
];

/** How much of the input the control-character count looks at. */
const SAMPLE = 65536;
/** Share of control characters (other than tab, LF, FF, CR, ESC) above which text is taken for binary. */
const MAX_CONTROL_SHARE = 0.01;

const isControl = (b: number): boolean =>
  (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;

/**
 * What a binary input looks like ("PNG image", "gzip", "NUL bytes", "control characters"), or null when
 * it may be text. Run after UTF-16 detection: UTF-16 text is full of NUL bytes.
 */
export const sniffBinary = (bytes: Uint8Array): string | null => {
  const magic = MAGIC.find((m) => m.bytes.length <= bytes.length && m.bytes.every((b, i) => bytes[i] === b));
  if (magic) return magic.kind;
  const sample = bytes.subarray(0, SAMPLE);
  if (sample.includes(0)) return 'NUL bytes';
  let controls = 0;
  for (const b of sample) if (isControl(b)) controls++;
  return controls > sample.length * MAX_CONTROL_SHARE ? 'control characters' : null;
};
