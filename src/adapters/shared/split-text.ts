// Splits long text into chunks no longer than a platform limit, at the gentlest break available
// (paragraph, line, sentence, word), so a split answer still reads naturally. Shared by adapters.

const BREAKS = ['\n\n', '\n', '. ', ' '];

/** Chunks of at most `max` UTF-16 units, trimmed, never empty; joins back to the text give or take whitespace. */
export function splitText(text: string, max: number): string[] {
  if (max < 1) throw new Error(`splitText: max must be at least 1 (got ${max})`);
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = bestCut(rest, max);
    const head = rest.slice(0, cut).trimEnd();
    if (head) chunks.push(head);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) chunks.push(rest);
  return chunks;
}

function bestCut(text: string, max: number): number {
  for (const separator of BREAKS) {
    // Keep a sentence's full stop with its sentence.
    const keep = separator === '. ' ? 1 : 0;
    const at = text.lastIndexOf(separator, max - keep);
    // A break in the first quarter would make a tiny chunk; look for a finer break instead.
    if (at > max / 4) return at + keep;
  }
  // No break at all: a hard cut, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}
