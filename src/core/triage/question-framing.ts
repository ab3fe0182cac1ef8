// Tells an information question about danger signs ("what are the warning signs of a stroke?")
// from a real situation ("my dad's face is drooping, what do I do?"). A message is informational
// only when it is framed as a question about a topic AND nobody in it is living the situation: no
// I/me/my, no he/she/my dad, no "right now". When in doubt, it is a real situation.
import { inLongPast } from './long-past.js';
import type { Doc } from './normalise.js';

/** Question frames, as normalised word sequences. */
const FRAMES: string[][] = [
  'what are',
  'what is',
  'what does',
  'what do',
  'what causes',
  'what can cause',
  'what should i do if',
  'what to do if',
  'what should you do',
  'what do you do',
  'what do i do if',
  'what to do',
  'what to do when',
  'what happens if',
  'what happens when',
  'how do i know',
  'how do you know',
  'how would i know',
  'how can i tell',
  'how can you tell',
  'how do i tell',
  'how do you tell',
  'how to tell',
  'how to know',
  'how to recognize',
  'how to recognise',
  'how to spot',
  'how do you recognize',
  'how do you recognise',
  'how do i recognize',
  'how do i recognise',
  'how to treat',
  'how to help',
  'how to perform',
  'how to do',
  'how is',
  'how are',
  'how long',
  'how often',
  'how much',
  'how many',
  'signs of',
  'symptoms of',
  'warning signs',
  'signs and symptoms',
  'early signs',
  'first signs',
  'is it normal',
  'difference between',
  'when is',
  'when should',
  'when to',
  'why do',
  'why does',
  'can you',
  'tell me about',
  'explain',
  'define',
  'definition of',
  'meaning of',
  'what does it feel like',
  'in general',
  'risk factors',
  'is there a test',
  'how common',
  'a symptom of',
  'a sign of',
  'symptom of',
  'sign of',
  'cause of',
  'causes of',
  'cause',
  'causes',
  'how do',
  'how do i',
  'how can i',
  'how should i',
  'how does',
  'is it safe',
  'is it ok',
  'is it okay',
  'is it bad',
  // A learner labelling a question: "first aid course q: are you supposed to ...".
  'course q',
  'course question',
  'aid q',
  'exam q',
  'exam question',
  'quiz q',
  'quiz question',
].map((frame) => frame.split(' '));

/**
 * Asides of someone learning, not living it ("what signs should i look out for", "want to know
 * for my first aid course", "my mum asked me"): wherever they stand, their words do not put a
 * person in the situation. They do not make a message a question on their own.
 */
const LEARNER_FRAMES: string[][] = [
  'should i look out for',
  'should i look for',
  'should i watch for',
  'should i watch out for',
  'want to know',
  'wanted to know',
  'for my first aid',
  'for a first aid',
  'for my course',
  'for my exam',
  'for my class',
  'for my training',
  'for my nursing',
  'what to look out for',
  'what to watch for',
  'what to watch out for',
  'asked me',
  'my mum asked me',
  'my mom asked me',
  'my dad asked me',
  'my friend asked me',
  'i did not know',
  'doing a training',
  'training for my',
  'i am running the',
  'first aid module',
  'first aid course',
  'first aid class',
  'first aid training',
  'writing a',
  'writing an',
  'writing our',
  'putting together training',
  // Moderators writing rules or training for a community: "asking so i can put it in our server rules".
  'training for our',
  'for our mod team',
  'for our mods',
  'for our server mods',
  // Writing a policy for a setting: "writing an allergy policy for our nursery".
  ...['nursery', 'school', 'club', 'team', 'staff', 'scouts', 'office', 'workplace', 'gym'].map(
    (setting) => `policy for our ${setting}`,
  ),
  'asking so i can put it in',
  'for our server rules',
  'in our server rules',
  'in the server rules',
  'for the server rules',
  'make a poster',
  'making a poster',
  // Asking ahead, for a poster or leaflet: "just want to know how it works in case i ever need
  // it", "we're making a poster for the staff room".
  'just want to know',
  'just wanted to know',
  'in case i ever',
  'in case we ever',
  'we are making a poster',
  'we are making a leaflet',
  'we are doing a poster',
  'for the staff room',
  'asking because i am',
  'asking as i am',
  'first aid quiz',
  'training as a',
  // Suicide-prevention courses: "i'm doing a mental health first aid course", "i'm training as a gatekeeper".
  'i am doing a mental health first aid',
  'mental health first aid course',
  'mental health first aid training',
  'i am training as a',
  'training as a gatekeeper',
  'gatekeeper for our',
  'gatekeeper training',
  // Staff new to a pastoral role asking what to look for: "i'm a new form tutor and want to know".
  'i am a new',
  'i am a form tutor',
  'i am a teacher',
  'i am a youth worker',
  'i am a school nurse',
  'as a new',
  'as a form tutor',
  'as a teacher',
  'as a youth worker',
  // Reading ahead: "reading up before my due date", "i read somewhere they are different".
  'reading up',
  'before my due date',
  'i read somewhere',
  'read somewhere they are',
  'read somewhere that',
  'i read they are',
  'i read that',
  'i have read that',
  'i heard they are',
  // Writing guidance for others: "for our trip leaders handbook", "what should we tell people about".
  'for our handbook',
  'for the handbook',
  'for our staff handbook',
  'for our trip leaders handbook',
  'for our leaders handbook',
  'for our safety handbook',
  'for our toolbox talk',
  'for our induction',
  'for our first aid',
  'for our training',
  'for our poster',
  'for our leaflet',
  'for our newsletter',
  'should we tell people',
  'should we tell staff',
  'should we tell the team',
  'should we tell everyone',
  'should we warn people',
  'tell people about',
  'tell staff about',
  // Planning care for a child at school or nursery: "print a list for my son's school", "writing up
  // her care plan", "what should nursery do if my daughter's seizure ...".
  'a list for my',
  'for my sons school',
  'for my daughters school',
  'for my sons nursery',
  'for my daughters nursery',
  'for my kids school',
  'for my childs school',
  'so the staff know',
  'so staff know',
  'so the teachers know',
  'so the school knows',
  'so nursery knows',
  'his care plan',
  'her care plan',
  'my care plan',
  'their care plan',
  'our care plan',
  'we are doing his care plan',
  'we are doing her care plan',
  'we are writing his care plan',
  'we are writing her care plan',
  // Learning the signs after a diagnosis, with nobody unwell: "my son was just diagnosed with a
  // peanut allergy, he's fine, what does anaphylaxis look like so i can spot it".
  'so i can spot it',
  'so i can spot',
  'so we can spot it',
  'so we can spot',
  'so i can recognise it',
  'so i can recognize it',
  'so i know what to look for',
  'so we know what to look for',
  'so i know what it looks like',
  // Getting ready after a diagnosis, or curious after a programme: "i want to be prepared", "just
  // curious after watching a documentary".
  'i want to be prepared',
  'we want to be prepared',
  'want to be prepared',
  'so i am prepared',
  'so we are prepared',
  'just curious',
  'just wondering',
  'after watching a documentary',
  'after watching a programme',
  'after watching a program',
  'after watching a show',
  'after seeing a documentary',
  // Making the home safe ahead of time: "just baby-proofing the house".
  'baby proofing',
  'babyproofing',
  'child proofing',
  'childproofing',
  'proofing the house',
  // Preparing training for others: "we're putting together staff training for managers".
  ...[
    'training',
    'staff training',
    'some training',
    'a training',
    'a leaflet',
    'a poster',
    'a policy',
    'a guide',
    'guidance',
    'some guidance',
    'a handbook',
    'a course',
    'a session',
    'a presentation',
    'a talk',
    'resources',
    'an induction',
  ].map((thing) => `putting together ${thing}`),
  'staff training',
  'training for managers',
  'training for staff',
  // Writing fiction: "i'm writing a novel and a character has a stroke".
  'a character',
  'my character',
  'the character',
  'main character',
  'in my novel',
  'in my story',
  'in my script',
  'for my novel',
  'for my story',
  'for my script',
  ...['he is', 'she is', 'they are'].flatMap((subject) =>
    ['fine', 'fine now', 'ok', 'okay', 'well', 'absolutely fine', 'totally fine'].map(
      (state) => `${subject} ${state}`,
    ),
  ),
  ...[
    'my son',
    'my daughter',
    'my child',
    'my kid',
    'my baby',
    'my husband',
    'my wife',
    'my partner',
    'my mum',
    'my mom',
    'my dad',
    'he',
    'she',
    'i',
  ].flatMap((subject) =>
    [
      'was just diagnosed with',
      'was diagnosed with',
      'was recently diagnosed with',
      'has just been diagnosed with',
      'has been diagnosed with',
      'has recently been diagnosed with',
      'just got diagnosed with',
      'got diagnosed with',
    ].map((diagnosed) => `${subject} ${diagnosed}`),
  ),
  ...[
    'nursery',
    'school',
    'the nursery',
    'the school',
    'staff',
    'the staff',
    'teachers',
    'the teachers',
    'the childminder',
  ].flatMap((setting) =>
    ['my', 'my son', 'my daughter', 'my child', 'my kid', 'he', 'she'].map(
      (subject) => `what should ${setting} do if ${subject}`,
    ),
  ),
].map((frame) => frame.split(' '));

/**
 * The asker's own words right before a learner frame ("i am writing a ...", "we're putting
 * together ...", "i just want to be prepared"): part of the frame, not a person in the situation.
 */
const ASKER_WORDS = new Set(['i', 'we', 'am', 'are', 'just', 'only', 'really', 'also']);
const MAX_ASKER_WORDS = 3;

/**
 * Words that make a sentence a what-if ("hypothetically, if my toddler swallowed ..."). "ever" in
 * an "if" or "in case" clause does too ("if someone near me ever had a seizure").
 */
const WHAT_IF_WORDS = new Set(['hypothetically', 'hypothetical', 'theoretically', 'supposing', 'suppose']);

/** Subjects that make a "hypothetically, if ..." the asker's own ("if i took all my pills", "if my dad"). */
const OWNERS = new Set(['i', 'we', 'my', 'our']);

/** Words of the asker asking about a what-if ("what should i do", "should i stop"): not a person in it. */
const WHAT_IF_ASKER_WORDS = new Set(['i', 'me', 'we', 'us', 'myself', 'just']);

/** Words that put a what-if here and now ("if my toddler swallowed a battery right now"). */
const NOW_WORDS = new Set([
  'now',
  'currently',
  'tonight',
  'today',
  'still',
  'keeps',
  'please',
  'urgent',
  'emergency',
  'hurry',
]);

/** How a clause ends when it says someone is well ("mine is 5 weeks and perfectly well"). */
const WELL_WORDS = new Set(['well', 'fine', 'healthy', 'okay']);
const WELL_VERBS = new Set(['is', 'are', 'am', 'seems', 'seem', 'looks', 'look']);
/**
 * The only other words such a clause may hold (who, how old, how well), so "my dad collapsed and
 * says he is fine" is not one.
 */
const WELL_CLAUSE_WORDS = new Set([
  ...WELL_WORDS,
  ...WELL_VERBS,
  'mine',
  'my',
  'our',
  'he',
  'she',
  'they',
  'baby',
  'son',
  'daughter',
  'child',
  'kid',
  'lo',
  'and',
  'perfectly',
  'completely',
  'totally',
  'absolutely',
  'otherwise',
  'very',
  'really',
  'old',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'day',
  'days',
]);

/** Words before "if" that make it "whether" ("not sure if she ever passed out"): not a what-if. */
const WHETHER_BEFORE = new Set([
  'sure',
  'unsure',
  'certain',
  'know',
  'knows',
  'wonder',
  'wondering',
  'ask',
  'asked',
  'tell',
  'remember',
  'check',
  'see',
]);

/** Most words between "if" and "ever" ("if someone near me ever"). */
const MAX_WORDS_BEFORE_EVER = 3;

/** The frames by their first word: each message word is compared with only a few of them. */
const FRAMES_BY_FIRST_WORD = new Map<string, string[][]>();
for (const frame of FRAMES) {
  const first = frame[0] as string;
  const list = FRAMES_BY_FIRST_WORD.get(first);
  if (list) list.push(frame);
  else FRAMES_BY_FIRST_WORD.set(first, [frame]);
}

/** Words that put a person in the situation (unless inside a hypothetical "if someone ..."). */
const SITUATION_WORDS = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  'we',
  'us',
  'our',
  'he',
  'she',
  'him',
  'her',
  'his',
  'hers',
  'himself',
  'herself',
  'they',
  'them',
  'their',
  'mom',
  'mum',
  'dad',
  'husband',
  'wife',
  'son',
  'daughter',
  'grandma',
  'grandpa',
  'now',
  'currently',
  'tonight',
  'today',
  'please',
  'urgent',
  'emergency',
  'hurry',
  'just',
  'this',
  'still',
  'keeps',
]);

const QUESTION_OPENERS = new Set([
  'what',
  'how',
  'when',
  'why',
  'which',
  'is',
  'are',
  'can',
  'does',
  'do',
  'should',
  'could',
  'would',
  'will',
]);

/** Word pairs that describe something happening now ("it won't stop", "can't breathe"). */
const SITUATION_PAIRS: [string, string][] = [
  ['will', 'not'],
  ['can', 'not'],
  ['not', 'stop'],
  ['not', 'stopping'],
  ['keeps', 'on'],
  ['right', 'now'],
];

/** Words that open a hypothetical: the person words after them are "anyone", not a real person. */
const HYPOTHETICAL_OPENERS = new Set(['if', 'whether', 'when', 'someone', 'somebody', 'person', 'people']);

/** Person words right after an opener that keep the clause hypothetical ("if i am having ..."). */
const HYPOTHETICAL_SUBJECTS = new Set([
  'i',
  'you',
  'someone',
  'somebody',
  'a',
  'an',
  'the',
  'your',
  'people',
  'they',
  'he',
  'she',
  'kids',
  'children',
  'babies',
  'adults',
  'women',
  'men',
  'it',
  'is',
  'has',
  'gets',
  'having',
]);

const DECIMAL = /^\d+\.\d+$/;

/** Words a clause may open with before its question frame ("so", "hi", "quick question"). */
const MAX_WORDS_BEFORE_FRAME = 2;

function nearClauseStart(doc: Doc, i: number): boolean {
  for (let k = 1; k <= MAX_WORDS_BEFORE_FRAME + 1; k++) {
    if (i - k < 0 || doc.clause[i - k] !== doc.clause[i]) return true;
  }
  return false;
}

export function isInformationQuestion(doc: Doc): boolean {
  const { words } = doc;
  const framed = new Array<boolean>(words.length).fill(false);
  let anyFrame = false;
  for (let i = 0; i < words.length; i++) {
    // A question about a topic opens with its frame ("what are the signs of ...", "hi, how do I
    // know if ..."); a frame after a description ("crushing chest pain, is it ok to wait") is
    // someone asking about what is happening to them, so it does not make the message a question.
    if (!nearClauseStart(doc, i)) continue;
    for (const frame of FRAMES_BY_FIRST_WORD.get(words[i] as string) ?? []) {
      if (frame.every((word, k) => words[i + k] === word)) {
        anyFrame = true;
        for (let k = 0; k < frame.length; k++) framed[i + k] = true;
      }
    }
  }
  // A sentence that opens with a question word is framed as a question too ("what temperature
  // is a fever in a newborn"); only that first word is marked.
  for (let i = 0; i < words.length; i++) {
    const opensSentence = i === 0 || doc.sentence[i - 1] !== doc.sentence[i];
    if (opensSentence && QUESTION_OPENERS.has(words[i] ?? '') && words[i + 1] !== 'not') {
      anyFrame = true;
      framed[i] = true;
    }
  }
  // A what-if is a question too ("if i ever felt chest pain while running, should i stop").
  const whatIf = whatIfClauses(doc);
  if (!anyFrame && whatIf.sentences.size === 0) return false;
  let preparing = false;
  for (let i = 0; i < words.length; i++) {
    for (const frame of LEARNER_FRAMES) {
      if (frame[0] === words[i] && frame.every((word, k) => words[i + k] === word)) {
        preparing = true;
        for (let k = 0; k < frame.length; k++) framed[i + k] = true;
        for (let k = 1; k <= MAX_ASKER_WORDS && ASKER_WORDS.has(words[i - k] ?? ''); k++)
          framed[i - k] = true;
      }
    }
  }
  const wellClauses = sayWell(doc);
  let hypothetical = false;
  let clause = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (doc.clause[i] !== clause) {
      clause = doc.clause[i] ?? -1;
      hypothetical = false;
    }
    // In a what-if, the people of its "if" clause are made up, and the asker asking about it
    // ("what should i do") is not in it; "now" or "still" puts it here all the same.
    // "Hypothetically, if my toddler swallowed ..." is made up only when the asker also says why
    // they ask ("just baby-proofing"): a bare "hypothetically, if i took all my pills" may be real.
    const inWhatIf =
      (whatIf.clauses.has(clause) || (preparing && whatIf.owned.has(clause))) && !NOW_WORDS.has(word);
    const askingWhatIf = whatIf.sentences.has(doc.sentence[i] ?? -1) && WHAT_IF_ASKER_WORDS.has(word);
    if (inWhatIf || askingWhatIf || (wellClauses.has(clause) && !NOW_WORDS.has(word))) continue;
    if (
      HYPOTHETICAL_OPENERS.has(word) &&
      (word !== 'when' || HYPOTHETICAL_SUBJECTS.has(words[i + 1] ?? ''))
    ) {
      const subject = words[i + 1] ?? '';
      // "if my son ..." is a real person; "if someone ...", "if i am having ..." are not.
      if (subject !== 'my' && subject !== 'our' && (HYPOTHETICAL_SUBJECTS.has(subject) || word !== 'if')) {
        hypothetical = true;
      }
      // "if i am having / if i were / if i ever / if i get": still a what-if; "if i have chest pain" is not.
      const then = `${words[i + 2] ?? ''} ${words[i + 3] ?? ''}`;
      if (
        subject === 'i' &&
        !['am having', 'were having', 'ever '].some((s) => then.startsWith(s)) &&
        words[i + 2] !== 'get'
      ) {
        hypothetical = false;
      }
    }
    if (framed[i] || hypothetical) continue;
    // "my mom had one 2 years ago": a person in a clause dated long ago is not in the situation now.
    if (SITUATION_WORDS.has(word) && !inLongPast(doc, i)) return false;
    // A reading such as 100.8 or 38.5 is somebody's measurement, not a textbook question.
    if (DECIMAL.test(word)) return false;
    if (SITUATION_PAIRS.some(([a, b]) => word === a && words[i + 1] === b)) return false;
  }
  return true;
}

/**
 * The clauses that are a what-if and the sentences holding one: an "if" clause (or "in case")
 * with "ever" a few words in ("if someone near me ever"; not a "whether": "not sure if she ever"), "just in case", and every "if" clause of a sentence that says "hypothetically"
 * (`owned`: those about the asker or their own: "if i ...", "if my dad ...").
 */
function whatIfClauses(doc: Doc): { clauses: Set<number>; owned: Set<number>; sentences: Set<number> } {
  const clauses = new Set<number>();
  const owned = new Set<number>();
  const sentences = new Set<number>();
  const { words } = doc;
  let opened = -1;
  let whatIfSentence = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const clause = doc.clause[i] ?? -1;
    const sentence = doc.sentence[i] ?? -1;
    if (WHAT_IF_WORDS.has(word)) {
      whatIfSentence = sentence;
      sentences.add(sentence);
    }
    const opens =
      (word === 'if' && !WHETHER_BEFORE.has(words[i - 1] ?? '')) ||
      (word === 'case' && words[i - 1] === 'in');
    if (opens) {
      opened = i;
      const subject = words[i + 1];
      if (whatIfSentence === sentence) (OWNERS.has(subject ?? '') ? owned : clauses).add(clause);
    }
    // "if ... ever", "in case ... ever", "just in case".
    const everAfterIf =
      word === 'ever' &&
      opened >= 0 &&
      doc.clause[opened] === clause &&
      i - opened <= MAX_WORDS_BEFORE_EVER + 1;
    if (everAfterIf || (word === 'case' && words[i - 2] === 'just')) {
      clauses.add(clause);
      sentences.add(sentence);
    }
  }
  return { clauses, owned, sentences };
}

/** Clauses that only say someone is well ("mine is 5 weeks and perfectly well", "she is fine"). */
function sayWell(doc: Doc): Set<number> {
  const clauses = new Set<number>();
  const { words } = doc;
  for (let i = 0; i < words.length; i++) {
    const clause = doc.clause[i];
    if (!WELL_WORDS.has(words[i] as string) || doc.clause[i + 1] === clause) continue;
    let says = false;
    let k = i - 1;
    for (; k >= 0 && doc.clause[k] === clause; k--) {
      const word = words[k] as string;
      if (!WELL_CLAUSE_WORDS.has(word) && !/^\d+$/.test(word)) break;
      if (WELL_VERBS.has(word)) says = true;
    }
    // The whole clause must be who, how old and how well.
    if (says && (k < 0 || doc.clause[k] !== clause)) clauses.add(clause ?? -1);
  }
  return clauses;
}
