/**
 * Bytes to text, with a clear reason for anything that is not an article: empty files, binary files
 * (NUL bytes, PDF, images), invalid UTF-8. UTF-16 with a byte-order mark is decoded.
 */
import { DocumentError } from './types';

const SIGNATURES: [string, number[]][] = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

export function decodeArticle(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DocumentError('EMPTY', 'the file is empty');
  for (const [kind, signature] of SIGNATURES) {
    if (startsWith(bytes, signature))
      throw new DocumentError('BINARY', `the file is ${kind}, not a text article`);
  }
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.includes(0))
      throw new DocumentError('BINARY', 'the file contains NUL bytes, so it is binary, not text');
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new DocumentError('INVALID_ENCODING', 'the file is not valid UTF-8 text (save it as UTF-8)');
    }
  }
  if (text.trim() === '') throw new DocumentError('EMPTY', 'the file has only whitespace');
  return text;
}
