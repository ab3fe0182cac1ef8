// Where a clinician's phrase matches in a message: the spans rules and `not:` phrases compare.
import { describe, expect, it } from 'vitest';
import { AtomPositions } from '../../../src/core/triage/atom-positions.js';
import { normalise } from '../../../src/core/triage/normalise.js';
import { compilePhrase, findSpans, type Phrase } from '../../../src/core/triage/phrase.js';
import { Vocabulary } from '../../../src/core/triage/vocabulary.js';

const lists = { pain: ['pain', 'hurts', 'aching'], bleed: ['bleeding', 'blood everywhere'] };

const setup = (...sources: string[]) => {
  const vocabulary = new Vocabulary();
  const phrases = sources.map((source) => {
    const result = compilePhrase(source, lists, vocabulary);
    if (!result.ok) throw new Error(result.message);
    return result.phrase;
  });
  const spans = (phrase: Phrase, text: string) => {
    const doc = normalise(text);
    const atomsAt = doc.words.map((word) => vocabulary.matches(word));
    const starts = phrase.first === null ? undefined : new AtomPositions(atomsAt).of(phrase.first);
    const found = findSpans(phrase, atomsAt, doc.sentence, starts);
    // Trying only the indexed start positions finds what trying every word finds.
    expect(findSpans(phrase, atomsAt, doc.sentence)).toEqual(found);
    return found.map(({ start, end }) => doc.words.slice(start, end).join(' '));
  };
  return { phrases, spans };
};

describe('findSpans', () => {
  it('finds every occurrence, with the shortest gap', () => {
    const { phrases, spans } = setup('chest ... ~pain');
    const [phrase] = phrases as [Phrase];
    expect(spans(phrase, 'my chest really hurts and my chest is aching, chest pain')).toEqual([
      'chest really hurts',
      'chest is aching',
      'chest pain',
    ]);
  });

  it('never matches across a sentence or past four words in between', () => {
    const { phrases, spans } = setup('chest ... ~pain');
    const [phrase] = phrases as [Phrase];
    expect(spans(phrase, 'my chest. pain in my leg')).toEqual([]);
    expect(spans(phrase, 'chest one two three four five pain')).toEqual([]);
    expect(spans(phrase, 'chest one two three four pain')).toEqual(['chest one two three four pain']);
  });

  it('takes the alternatives in the order written, and a missing optional word', () => {
    const { phrases, spans } = setup('(blood | blood everywhere) now?', 'not? breathing');
    const [blood, breathing] = phrases as [Phrase, Phrase];
    expect(spans(blood, 'blood everywhere now')).toEqual(['blood']);
    expect(spans(blood, 'blood now')).toEqual(['blood now']);
    expect(spans(breathing, 'he is not breathing')).toEqual(['not breathing', 'breathing']);
  });

  it('tries a word list at each word after a gap, whichever entry begins there', () => {
    const { phrases, spans } = setup('lots of ... ~bleed');
    const [phrase] = phrases as [Phrase];
    expect(spans(phrase, 'lots of it, blood everywhere')).toEqual(['lots of it blood everywhere']);
    expect(spans(phrase, 'lots of blood')).toEqual([]);
  });
});
