// Health words used as figures of speech ("this meeting is giving me a headache lol") are chat
// about something else: they must not find the headache entry, while a real headache still does.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/knowledge/load-knowledge.js';
import { withoutFiguresOfSpeech } from '../../../src/core/retrieval/figures-of-speech.js';
import { buildRetrievalIndex } from '../../../src/core/retrieval/retrieval-index.js';

const loaded = await loadKnowledge(new URL('../../../knowledge', import.meta.url).pathname);
if (!loaded.ok) throw new Error('the bundled knowledge does not load: run vetted kb check');
const index = buildRetrievalIndex(loaded.knowledge.entries, loaded.knowledge.synonyms);

describe('figures of speech', () => {
  it('blanks the figure and keeps the rest of the message', () => {
    expect(withoutFiguresOfSpeech('this meeting is giving me a headache lol').trim()).toBe(
      'this meeting is   lol'.trim(),
    );
    expect(withoutFiguresOfSpeech('That quiz round GAVE me a migraine haha')).not.toMatch(/migraine/i);
    expect(withoutFiguresOfSpeech('the traffic is a pain in the neck')).not.toMatch(/neck/);
    expect(withoutFiguresOfSpeech('what helps a headache behind my eyes')).toBe(
      'what helps a headache behind my eyes',
    );
  });

  it('gives no answer to chat that only uses a health word figuratively', () => {
    expect(index.search('this meeting is giving me a headache lol').outcome).toBe('no-answer');
    expect(index.search("I'm so done with this spreadsheet, it's giving me a migraine lol").outcome).toBe(
      'no-answer',
    );
  });

  it('never answers outright what is left of such a message ("this bug" may be a stomach bug, or code)', () => {
    expect(index.search('this bug is giving me a headache lol').outcome).not.toBe('answer');
  });

  it('still finds the entry for a real headache, told either way', () => {
    const plain = index.search('what helps a tension headache');
    expect(plain.outcome).toBe('answer');
    expect(plain.ranked[0]?.entryId).toBe('tension-headache');
    const told = index.search(
      'my neck and shoulders are so tight and it gives me a headache at the back of my head',
    );
    expect(told.ranked[0]?.entryId).toBe('tension-headache');
  });
});
