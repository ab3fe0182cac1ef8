// Knowledge files are UTF-8 text written in any editor: accept a BOM and Windows or old Mac line
// endings, refuse binary junk with a message instead of parsing garbage.
import type { Problem } from '../types.js';
import { problem } from './problem.js';

/** Bigger than any sensible entry; stops a stray file from eating memory and time. */
export const MAX_FILE_BYTES = 1_000_000;

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: Problem };

export function decodeText(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return fail(
      file,
      'file-too-large',
      `file is ${bytes.length} bytes, more than the ${MAX_FILE_BYTES} a knowledge file may have.`,
      'Split it into smaller entries, or move it out of the knowledge folder if it is not knowledge.',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(
      file,
      'not-text',
      'file is not UTF-8 text (it looks binary or uses another encoding).',
      'Save it as UTF-8 text in your editor, or remove it if it is not a knowledge file.',
    );
  }
  if (text.includes('\u0000')) {
    return fail(
      file,
      'not-text',
      'file contains NUL bytes, so it is binary, not text.',
      'Remove the file, or replace it with a plain-text Markdown entry.',
    );
  }
  // TextDecoder drops a leading BOM by default; line endings become \n so line numbers match editors.
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

function fail(file: string, code: string, message: string, fix: string): DecodeResult {
  return { ok: false, problem: problem('error', file, undefined, code, message, fix) };
}
