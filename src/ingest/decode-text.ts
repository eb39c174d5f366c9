import { sitrepError } from '../errors/sitrep-error.js';
import { sniffBinary } from './sniff-binary.js';

const decodes = (bytes: Uint8Array, stream: boolean): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
};

const isContinuation = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80;

/** Steps back from `at` over continuation bytes to the lead byte of the sequence that is cut short. */
const leadBefore = (bytes: Uint8Array, at: number): number => {
  let i = at;
  while (i > 0 && at - i < 3 && isContinuation(bytes[i])) i--;
  return i;
};

/**
 * Offset of the first byte of the first ill-formed UTF-8 sequence. Streaming decodes of growing prefixes
 * fail monotonically, so a binary search finds where the decoder first gives up.
 */
export const firstBadUtf8Byte = (bytes: Uint8Array): number => {
  if (decodes(bytes, true)) return leadBefore(bytes, bytes.length - 1);
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (decodes(bytes.subarray(0, mid), true)) lo = mid;
    else hi = mid;
  }
  const at = hi - 1;
  return decodes(bytes.subarray(0, at), false) ? at : leadBefore(bytes, at - 1);
};

/** UTF-32 by its byte-order mark (checked before UTF-16: the little-endian one starts like UTF-16's). */
const utf32 = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 &&
  ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) ||
    (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff));

const utf16 = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
};

/**
 * Decodes an input's bytes: strict UTF-16 when it starts with a UTF-16 BOM (the BOM is dropped), else strict
 * UTF-8 (a UTF-8 BOM is dropped). Binary inputs, UTF-32, ill-formed UTF-16 and invalid UTF-8 are coded errors
 * naming `name`.
 */
export const decodeText = (name: string, bytes: Uint8Array): string => {
  if (utf32(bytes)) throw sitrepError('SITREP_INPUT_UNSUPPORTED_ENCODING', name, 'UTF-32');
  const encoding = utf16(bytes);
  if (encoding) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      throw sitrepError('SITREP_INPUT_UNSUPPORTED_ENCODING', name, `ill-formed ${encoding.toUpperCase()}`);
    }
  }
  const kind = sniffBinary(bytes);
  if (kind) throw sitrepError('SITREP_INPUT_BINARY', name, kind);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw sitrepError('SITREP_INPUT_ENCODING', name, firstBadUtf8Byte(bytes));
  }
};
