// Splits an entry file into its YAML front matter (between `---` lines) and the Markdown body,
// remembering on which line each part starts so problems point at the right line.
import type { Problem } from '../types.js';
import { problem } from './problem.js';

export interface FrontMatterParts {
  yaml: string;
  /** 1-based file line of the opening `---`; YAML line n is file line `openingLine + n`. */
  openingLine: number;
  /** 1-based file line of the closing `---`. */
  closingLine: number;
  /** 1-based file line where the answer text starts (the closing line when there is none). */
  bodyLine: number;
  body: string;
}

export type SplitResult = { ok: true; parts: FrontMatterParts } | { ok: false; problem: Problem };

const FENCE = /^---[ \t]*$/;

/** `text` has \n line endings (see decodeText). */
export function splitFrontMatter(text: string, file: string): SplitResult {
  const lines = text.split('\n');
  const opening = lines.findIndex((line) => line.trim() !== '');
  if (opening === -1) {
    return fail(
      file,
      undefined,
      'empty-file',
      'file is empty.',
      'Write the entry (front matter between `---` lines, then the answer), or delete the file.',
    );
  }
  if (!FENCE.test(lines[opening] ?? '')) {
    return fail(
      file,
      opening + 1,
      'front-matter-missing',
      'file does not start with front matter (a `---` line, the fields, another `---` line).',
      'Add a line `---` at the top, then `id:`, `title:`, `questions:` and `sources:`, then a closing `---` line before the answer.',
    );
  }
  const closing = lines.findIndex((line, index) => index > opening && FENCE.test(line));
  if (closing === -1) {
    return fail(
      file,
      opening + 1,
      'front-matter-unclosed',
      'front matter is opened with `---` but never closed.',
      'Add a line `---` after the last field, before the answer text.',
    );
  }
  const firstBodyLine = lines.findIndex((line, index) => index > closing && line.trim() !== '');
  return {
    ok: true,
    parts: {
      yaml: lines.slice(opening + 1, closing).join('\n'),
      openingLine: opening + 1,
      closingLine: closing + 1,
      bodyLine: firstBodyLine === -1 ? closing + 1 : firstBodyLine + 1,
      body: lines
        .slice(closing + 1)
        .join('\n')
        .trim(),
    },
  };
}

function fail(
  file: string,
  line: number | undefined,
  code: string,
  message: string,
  fix: string,
): SplitResult {
  return { ok: false, problem: problem('error', file, line, code, message, fix) };
}
