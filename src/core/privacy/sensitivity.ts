// Is a question sensitive? Yes when it holds identifiers, or health details about the writer or
// their family ("I have", "my daughter has", "I've been diagnosed", "my blood sugar is 250").
// General questions ("what are flu symptoms") are not. Adapters use this to reply privately.
import { hasIdentifier } from './find-identifiers.js';

/** Openers that make "I" a question asker, not a patient: removed before looking. */
const ASKING =
  /\b(?:i\s+(?:want|wanted|would\s+like|'d\s+like|need)\s+to\s+(?:know|ask|understand|learn)|i\s+(?:was|am|'m)\s+(?:wondering|curious)|i\s+wonder|i\s+have\s+a\s+question|i'?ve\s+got\s+a\s+question|can\s+i\s+ask|may\s+i\s+ask|i\s+(?:read|heard|saw)\s+that)\b/gi;

/** The writer or their family as the subject of a health detail. */
const PERSONAL = new RegExp(
  [
    String.raw`\b(?:i|we)\s+(?:have|had|has|got|get|feel|felt|keep|can'?t|cannot|can\s+not|suffer|took|take|am\s+taking|started|noticed|found|tested|was\s+diagnosed|were\s+diagnosed|think\s+i|might\s+have|may\s+have|been|ve\s+been|'ve\s+been|'m|m|am|was|woke|threw|fell|hit|cut|burned|broke|ate|drank|missed|forgot|lost|gained|need)\b`,
    String.raw`\b(?:i'?m|im|i'?ve|ive|i'?d|id)\s+\w+`,
    String.raw`\bme\b`,
    String.raw`\b(?:my|our|mine)\s+\w+`,
  ].join('|'),
  'i',
);

/** Health content: symptoms, conditions, treatments, measurements, care. */
const HEALTH =
  /\b(?:pain\w*|hurt\w*|ache\w*|fever\w*|temp\w*|cough\w*|cold|flu|covid|rash\w*|itch\w*|sore|swell\w*|swollen|bleed\w*|blood|sugar|glucose|pressure|bp|a1c|cholesterol|heart|chest|breath\w*|dizz\w*|faint\w*|vomit\w*|nause\w*|diarr\w*|constipat\w*|headache\w*|migraine\w*|infect\w*|uti|std|sti|hiv|herpes|hpv|pregnan\w*|period\w*|miscarr\w*|diagnos\w*|cancer|tumou?r|diabet\w*|asthma|depress\w*|anxi\w*|panic|adhd|autis\w*|bipolar|suicid\w*|therap\w*|medic\w*|meds|pill\w*|dose\w*|prescri\w*|surgery|operation|test\w*|result\w*|scan|x-?ray|mri|lump\w*|mole\w*|wound\w*|injur\w*|broke|broken|fractur\w*|sprain\w*|allerg\w*|sick|ill|illness|symptom\w*|condition|disease|disorder|doctor|clinic\w*|hospital|er|nurse|appointment|insulin|vaccin\w*|shot|weight|tired|fatigue\w*|sleep\w*|insomnia|acne|eczema|psoriasis|thyroid|kidney\w*|liver|lung\w*|stomach|bowel\w*|urin\w*|pee\w*|vagina\w*|penis|erect\w*|testic\w*|breast\w*|skin|eye\w*|ear\w*|throat|nose|back|neck|knee\w*|hip|joint\w*|bone\w*|arm|leg|head|teeth|tooth|stroke|seizure\w*|epilep\w*|alcohol\w*|drink\w*|smok\w*|vap\w*|drug\w*|addict\w*|rehab|abuse\w*)\b/i;

export function isSensitive(text: string): boolean {
  // Both tests are pure: the cheap one first, then any identifier at all (none has to be placed).
  return aboutThemselves(text) || hasIdentifier(text);
}

function aboutThemselves(text: string): boolean {
  const sentences = text
    .replace(/[’‘]/g, "'")
    .replace(ASKING, ' ')
    .split(/[.!?\n;]+/);
  return sentences.some((sentence) => PERSONAL.test(sentence) && HEALTH.test(sentence));
}
