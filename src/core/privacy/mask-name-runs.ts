// A stricter pass for text that is stored (unanswered questions), after redact(): two or more
// capitalised words in a row read as a name or a place ("Zebulon Quartermaine", "Oak Ridge"),
// though neither is a known first name nor follows a cue, so they become one [NAME]. A
// capitalised opener ("Is", "My", "Can") is not part of a run, so "Is Ozempic safe" keeps its
// drug name. Over-masking ("Tea Tree Oil") costs a clinician a word; a kept full name costs more.

/** Words capitalised because they open a sentence or a greeting, never part of a name here. */
const OPENERS = new Set(
  `a about after also am an and any are as at because before but can could did do does for from had has have he her his how i if in is it its just maybe me my no not of on or our please she should since so some that the their then there these they this those to was we were what whats when where which who whom why will with would yes you your hi hello hey dear thanks thank ok okay sorry`.split(
    ' ',
  ),
);

/** Words (letters, with ' or - inside), placeholders, numbers, and each other character alone. */
const TOKEN = /\[[A-Z_]+\]|\p{L}[\p{L}\p{M}'’-]*|\d+|[^\s\p{L}\d]/gu;
/** A capitalised word (Mary, O'Brien, McDonald, Jean-Luc, José, Zeb's) or a [NAME] redact() left; never one letter. */
const CAPITALISED =
  /^(?:\[NAME\]|\p{Lu}(?:[\p{Ll}\p{M}]+|['’](?=\p{Lu}))(?:['’-]\p{L}[\p{Ll}\p{M}]*|\p{Lu}[\p{Ll}\p{M}]+)*)$/u;

export function maskNameRuns(text: string): string {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const spans: { start: number; end: number }[] = [];
  let run: typeof tokens = [];
  const close = () => {
    const name = run.slice(run.findIndex((t) => !OPENERS.has(t.word.toLowerCase())));
    const first = name[0];
    const last = name.at(-1);
    if (run.length > 0 && name.length >= 2 && first && last)
      spans.push({ start: first.start, end: last.end });
    run = [];
  };
  for (const token of tokens) {
    const previous = run.at(-1);
    // Only words next to each other, with nothing but a space between, make one run.
    const adjacent = previous !== undefined && /^ +$/.test(text.slice(previous.end, token.start));
    if (!CAPITALISED.test(token.word)) {
      close();
      continue;
    }
    if (previous && !adjacent) close();
    run.push(token);
  }
  close();
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += `${text.slice(at, span.start)}[NAME]`;
    at = span.end;
  }
  return out + text.slice(at);
}
