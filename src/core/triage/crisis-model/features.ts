// What the crisis model reads of a message: its words as triage normalises them (chat shorthand
// and contractions expanded, "cant" -> "can not"), and each pair of neighbouring words, so that
// "not around", "before i go" and "better off" carry weight beyond their single words.
import { normalise } from '../normalise.js';

/** Distinct features of a message: words and `word_word` pairs (numbers are left out). */
export function crisisFeatures(text: string): string[] {
  return crisisFeaturesOfWords(normalise(text).words);
}

/** The same from words triage has already normalised (its MessageContext), so nothing is read twice. */
export function crisisFeaturesOfWords(normalisedWords: readonly string[]): string[] {
  const words = normalisedWords.filter((word) => !/\d/.test(word));
  const features = new Set(words);
  for (let i = 0; i + 1 < words.length; i++) features.add(`${words[i]}_${words[i + 1]}`);
  return [...features];
}
