// Turns a chat message into comparable words: lower case, plain quotes, contractions and chat
// shorthand expanded, letters repeated for emphasis collapsed, numbers split from their units.
// Sentence and clause numbers are kept so rules can ask for words "in the same sentence".

export interface Doc {
  /** Normalised words, in order. Numbers keep their decimal point ("38.5"). */
  words: string[];
  /** Sentence number of each word (split at . ! ? ; and new lines). */
  sentence: number[];
  /** Clause number of each word (also split at commas and words like "but"). */
  clause: number[];
  /** Whether each word stands inside quotation marks ('I can't breathe!', "end it all"). */
  quoted: boolean[];
}

/** Chat shorthand and contractions (after apostrophes are removed) → what they stand for. */
const EXPANSIONS = new Map<string, string>(
  Object.entries({
    cant: 'can not',
    cannot: 'can not',
    cnt: 'can not',
    wont: 'will not',
    dont: 'do not',
    doesnt: 'does not',
    didnt: 'did not',
    isnt: 'is not',
    arent: 'are not',
    wasnt: 'was not',
    werent: 'were not',
    couldnt: 'could not',
    wouldnt: 'would not',
    shouldnt: 'should not',
    havent: 'have not',
    hasnt: 'has not',
    hadnt: 'had not',
    aint: 'is not',
    im: 'i am',
    ive: 'i have',
    youre: 'you are',
    theyre: 'they are',
    youve: 'you have',
    weve: 'we have',
    theyve: 'they have',
    gonna: 'going to',
    wanna: 'want to',
    wana: 'want to',
    gotta: 'got to',
    u: 'you',
    ur: 'your',
    r: 'are',
    pls: 'please',
    plz: 'please',
    rn: 'right now',
    bc: 'because',
    cuz: 'because',
    coz: 'because',
    kms: 'kill myself',
    whats: 'what is',
    tonights: 'tonight is',
    thats: 'that is',
    hes: 'he is',
    n: 'and',
    shes: 'she is',
    idk: 'i do not know',
    ppl: 'people',
    abt: 'about',
    bby: 'baby',
    lil: 'little',
    yo: 'year old',
    yr: 'year',
    yrs: 'years',
    wk: 'week',
    wks: 'weeks',
    wo: 'weeks old',
    mo: 'month',
    mos: 'months',
    mth: 'month',
    mths: 'months',
    mnth: 'month',
    mnths: 'months',
    hr: 'hour',
    hrs: 'hours',
    min: 'minutes',
    mins: 'minutes',
    bf: 'boyfriend',
    gf: 'girlfriend',
    thru: 'through',
    tho: 'though',
    b4: 'before',
    od: 'overdose',
    odd: 'odd',
    oded: 'overdosed',
    ok: 'okay',
    wud: 'would',
    shud: 'should',
    cud: 'could',
    coud: 'could',
    wat: 'what',
    bout: 'about',
    thx: 'thanks',
    tmrw: 'tomorrow',
    tmr: 'tomorrow',
    srsly: 'seriously',
  }),
);

/**
 * Spanish words that carry an age or a fever in messages mixed with English ("la bebé tiene 2
 * meses y she has 101 F fever"), read as their English units so the number checks see them.
 * Accents are already folded. Only words that are not also English.
 */
const SPANISH_UNITS = {
  meses: 'months',
  semanas: 'weeks',
  dias: 'days',
  bebe: 'baby',
  fiebre: 'fever',
  calentura: 'fever',
  grados: 'degrees',
};
for (const [word, english] of Object.entries(SPANISH_UNITS)) EXPANSIONS.set(word, english);

/** Each expansion as words, split once. */
const EXPANDED_WORDS = new Map<string, string[]>([...EXPANSIONS].map(([k, v]) => [k, v.split(' ')]));

/** Words after which the contracted "'s" means "is", not a possessive. */
const IS_CONTRACTIONS = new Set([
  'he',
  'she',
  'it',
  'that',
  'what',
  'there',
  'who',
  'here',
  'where',
  'how',
  'life',
  'everything',
  'nothing',
  'something',
  'everyone',
  'nobody',
  'noone',
]);

/** Words that open a new clause: a negation before them does not reach past them. */
const CLAUSE_WORDS = new Set([
  'but',
  'although',
  'though',
  'however',
  'except',
  'yet',
  'now',
  'today',
  'tonight',
  'currently',
  'suddenly',
  'again',
  'anyway',
]);

/** Anything outside ASCII: only then do accents, curly quotes, ° and zero-width spaces need work. */
const NON_ASCII = /[\u0080-\uffff]/;
const TOKEN = /(\d+(?:[.,]\d+)?)|([a-z][a-z0-9']*)|([.!?;\n]+)|([,:()/\-–—"]+)/g;

/** The message cleaned up for matching; each step is skipped when its characters cannot occur. */
function clean(text: string): string {
  const ascii = !NON_ASCII.test(text);
  let clean = ascii ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  clean = clean.toLowerCase();
  if (!ascii) {
    // Accents are gone after NFKD ("más" → "mas", "möchte" → "mochte"); "ß" has none to drop.
    clean = clean
      .replace(/ß/g, 'ss')
      .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u200b-\u200d\ufeff]/g, '');
  } else if (clean.includes('`')) {
    clean = clean.replace(/`/g, "'");
  }
  if (clean.includes('/')) {
    clean = clean
      .replace(/\by\/o\b/g, ' year old ')
      .replace(/\bm\/o\b/g, ' month old ')
      .replace(/\bw\/o\b/g, ' without ')
      .replace(/\bw\//g, ' with ');
  }
  if (!ascii) clean = clean.replace(/°/g, ' degrees ');
  // "sooo" / "helllp": no English word has the same letter three times in a row.
  clean = clean.replace(/([a-z])\1{2,}/g, '$1');
  if (/\d/.test(clean)) {
    // "100.6F", "6wk", "3yo": split numbers from the unit glued to them.
    clean = clean
      .replace(/(\d)([a-z])/g, '$1 $2')
      .replace(/([a-z])(\d)/g, (match, letter: string, digit: string) =>
        letter === 'b' ? match : `${letter} ${digit}`,
      );
  }
  return clean;
}

export function normalise(text: string): Doc {
  const doc: Doc = { words: [], sentence: [], clause: [], quoted: [] };
  let sentence = 0;
  let clause = 0;
  let quoted = false;
  const push = (w: string) => {
    if (CLAUSE_WORDS.has(w)) clause++;
    doc.words.push(w);
    doc.sentence.push(sentence);
    doc.clause.push(clause);
    doc.quoted.push(quoted);
  };
  const cleaned = clean(text);
  const quotes = quoteRanges(cleaned);
  let nextQuote = 0;
  for (const match of cleaned.matchAll(TOKEN)) {
    const [, number, word, stop, pause] = match;
    const at = match.index;
    while (nextQuote < quotes.length && (quotes[nextQuote]?.[1] as number) < at) nextQuote++;
    quoted = at > (quotes[nextQuote]?.[0] ?? Number.POSITIVE_INFINITY);
    // An ellipsis in chat is a pause ("i want to... not wake up"), not the end of a sentence.
    if (stop !== undefined && /^\.{2,}$/.test(stop)) {
      clause++;
      continue;
    }
    if (stop !== undefined) {
      // A decimal-less full stop between words ends a sentence.
      sentence++;
      clause++;
      continue;
    }
    if (pause !== undefined) {
      clause++;
      continue;
    }
    if (number !== undefined) {
      push(number.includes(',') ? number.replace(',', '.') : number);
      continue;
    }
    expandWord(word ?? '', push);
  }
  return doc;
}

/** Longest quotation, in characters: an opening quote left unclosed does not swallow the message. */
const MAX_QUOTE = 300;

/**
 * Where quotations stand in the cleaned text, as [opening mark, closing mark] character offsets.
 * Double quotes pair up; a single quote opens only before a letter at a word's start and closes
 * only after a word or its punctuation, so "can't" and "the kids' toys" quote nothing.
 */
function quoteRanges(text: string): [number, number][] {
  if (!text.includes('"') && !text.includes("'")) return [];
  const ranges: [number, number][] = [];
  let open: { mark: string; at: number } | null = null;
  for (let i = 0; i < text.length; i++) {
    const mark = text[i] as string;
    if (mark !== '"' && mark !== "'") continue;
    if (open && i - open.at > MAX_QUOTE) open = null;
    // Inside a quotation, the other kind of mark is an apostrophe or a quote within it.
    if (open && open.mark !== mark) continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (open) {
      const closes = mark === '"' || (/[a-z0-9.!?,;)]/.test(before) && !/[a-z0-9]/.test(after));
      if (closes) {
        ranges.push([open.at, i]);
        open = null;
      }
      continue;
    }
    const opens = mark === '"' || (/[\s([{:\-–—"]/.test(before) && /[a-z0-9]/.test(after));
    if (opens) open = { mark, at: i };
  }
  return ranges;
}

function expandWord(raw: string, push: (word: string) => void): void {
  if (!raw.includes("'")) {
    const expanded = EXPANDED_WORDS.get(raw);
    if (expanded) for (const w of expanded) push(w);
    else if (raw !== '') push(raw);
    return;
  }
  let word = raw.replace(/^'+|'+$/g, '');
  let suffix: string | null = null;
  if (word.endsWith("'s")) {
    const base = word.slice(0, -2);
    if (IS_CONTRACTIONS.has(base)) suffix = 'is';
    word = base;
  } else if (word.endsWith("'d") || word.endsWith("'ll") || word.endsWith("'re") || word.endsWith("'ve")) {
    const cut = word.lastIndexOf("'");
    const tail = word.slice(cut + 1);
    suffix = tail === 'd' ? 'would' : tail === 'll' ? 'will' : tail === 're' ? 'are' : 'have';
    word = word.slice(0, cut);
  }
  word = word.replace(/'/g, '');
  if (word !== '') {
    const expanded = EXPANDED_WORDS.get(word);
    if (expanded) for (const w of expanded) push(w);
    else push(word);
  }
  if (suffix !== null) push(suffix);
}
