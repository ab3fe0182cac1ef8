// "No fever", "I'm not drowsy", "my face isn't drooping": a denied sign is not a sign, while
// "she isn't breathing" and "not afraid to die" are the danger itself and must still count.
import { describe, expect, it } from 'vitest';
import { isHedged, isNegated, isNegatedWithin } from '../../../src/core/triage/negation.js';
import { normalise } from '../../../src/core/triage/normalise.js';

/** Whether the first occurrence of `word` in `text` is negated. */
const negated = (text: string, word: string, states = true) => {
  const doc = normalise(text);
  const at = doc.words.indexOf(word);
  if (at < 0) throw new Error(`"${word}" is not a word of "${text}"`);
  return isNegated(doc, at, states);
};

/** Whether the span from the first `from` to the first `to` (inclusive) is negated inside. */
const negatedInside = (text: string, from: string, to: string) => {
  const doc = normalise(text);
  return isNegatedWithin(doc, doc.words.indexOf(from), doc.words.indexOf(to) + 1);
};

describe('isNegated', () => {
  it('denies a state after "is not", "am not" or a clause-opening "not"', () => {
    expect(negated("I'm not short of breath", 'short')).toBe(true);
    expect(negated('Not suicidal or anything, just a bit flat', 'suicidal')).toBe(true);
    expect(negated('No vomiting, no confusion, not drowsy, just a small bump', 'drowsy')).toBe(true);
    expect(negated('he is not really confused', 'confused')).toBe(true);
  });

  it('never denies a word whose absence is the danger', () => {
    expect(negated("she isn't breathing", 'breathing')).toBe(false);
    expect(negated('he is not responding to me', 'responding')).toBe(false);
    expect(negated('my baby is not feeding', 'feeding')).toBe(false);
    expect(negated("she's not really breathing", 'breathing')).toBe(false);
    expect(negated("i'm not safe at home", 'safe')).toBe(false);
  });

  it('leaves a "not" after other verbs alone: "can\'t feel", "does not move"', () => {
    expect(negated("i can't feel my legs", 'feel')).toBe(false);
    expect(negated('her arm does not lift', 'lift')).toBe(false);
  });

  it('carries one negation along a list joined by "or"', () => {
    expect(negated('no fever or rash', 'rash')).toBe(true);
    expect(negated("she's not drowsy or confused", 'confused')).toBe(true);
    expect(negated('no vomiting, confusion or drowsiness', 'confusion')).toBe(true);
    expect(negated('no vomiting, confusion or drowsiness', 'drowsiness')).toBe(true);
  });

  it('does not carry a negation past the end of a list', () => {
    expect(negated('no fever, rash on her legs', 'rash')).toBe(false);
    expect(negated('no rash, vomiting every hour or so', 'vomiting')).toBe(false);
    expect(negated('no fever but very drowsy', 'drowsy')).toBe(false);
    expect(negated("he's not moving or responding", 'responding')).toBe(false);
  });

  it('keeps to the plain negations when asked to (crisis language)', () => {
    expect(negated("i'm not afraid to die", 'afraid', false)).toBe(false);
    expect(negated('no hope or reason to go on', 'reason', false)).toBe(false);
    expect(negated('no hope left', 'hope', false)).toBe(true);
  });
});

describe('isNegatedWithin', () => {
  it('denies "X isn\'t Y" when the "not" stands right before the last matched words', () => {
    expect(negatedInside("my face isn't drooping", 'face', 'drooping')).toBe(true);
    expect(negatedInside("my lips aren't swelling", 'lips', 'swelling')).toBe(true);
  });

  it('keeps a "not" further back, in another clause, or before a needed word', () => {
    expect(negatedInside("her face isn't right, it's drooping", 'face', 'drooping')).toBe(false);
    expect(negatedInside('his face is not moving', 'face', 'moving')).toBe(false);
    expect(negatedInside('my face is drooping', 'face', 'drooping')).toBe(false);
  });
});

describe('isHedged', () => {
  it('reads "not ... much" as how much, not as absent', () => {
    const doc = normalise("my chest isn't hurting much but it's crushing");
    expect(isHedged(doc, doc.words.indexOf('hurting') + 1)).toBe(true);
    const plain = normalise("my chest isn't hurting at all");
    expect(isHedged(plain, plain.words.indexOf('hurting') + 1)).toBe(false);
  });
});
