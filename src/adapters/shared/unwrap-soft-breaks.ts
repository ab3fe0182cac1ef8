// Knowledge files wrap paragraphs at ~100 columns, and Markdown treats a single newline as a space.
// Chat apps show every newline, so join soft-wrapped lines back into paragraphs, keeping blank lines,
// list items, headings, quotes, tables and code blocks as they are.
const BLOCK_START = /^\s*(?:[-*+•]\s|\d+[.)]\s|#|>|\||```|~~~)/;

export function unwrapSoftBreaks(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const fence = /^\s*(```|~~~)/.test(line);
    const previous = out[out.length - 1];
    const joinable =
      !inFence &&
      !fence &&
      previous !== undefined &&
      previous.trim() !== '' &&
      line.trim() !== '' &&
      !BLOCK_START.test(line) &&
      !/^\s*(```|~~~|\|)/.test(previous) &&
      !/^\s*#/.test(previous);
    if (joinable) out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    else out.push(line);
    if (fence) inFence = !inFence;
  }
  return out.join('\n');
}
