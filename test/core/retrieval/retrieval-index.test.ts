import { describe, expect, it } from 'vitest';
import { buildRetrievalIndex } from '../../../src/core/retrieval/retrieval-index.js';
import { makeEntry } from '../../helpers/make-knowledge.js';
import { FIXTURE_ENTRIES, FIXTURE_SYNONYMS } from './fixture-entries.js';

const index = buildRetrievalIndex(FIXTURE_ENTRIES, FIXTURE_SYNONYMS);
const best = (text: string) => index.search(text).ranked[0]?.entryId;

describe('retrieval finds the entry a chat message is about', () => {
  it('answers a plain question with its entry', () => {
    const result = index.search('what helps a sore throat?');
    expect(result.outcome).toBe('answer');
    expect(result.ranked[0]?.entryId).toBe('sore-throat');
  });

  it('tolerates typos', () => {
    const result = index.search('sore trhoat, what helps');
    expect(result.outcome).toBe('answer');
    expect(result.ranked[0]?.entryId).toBe('sore-throat');
    expect(best('how do i get rid of this cuogh')).toBe('cough');
  });

  it('does not "correct" a short word into another word', () => {
    const result = index.search('hat');
    expect(result.ranked.find((ranked) => ranked.entryId === 'sore-throat')).toBeUndefined();
  });

  it('matches plurals and tenses', () => {
    expect(best('my kids have been coughing every night')).toBe('cough');
    expect(best('twisted both ankles yesterday')).toBe('sprains');
  });

  it('uses synonym groups, phrases included', () => {
    const result = index.search('my son has pink eye');
    expect(result.ranked[0]?.entryId).toBe('conjunctivitis');
    const match = result.ranked[0]?.matches.find((found) => found.term === 'pink eye');
    expect(match?.field).toBe('title');
    expect(best('how do I lower my hypertension')).toBe('high-blood-pressure');
  });

  it('ignores mentions, emoji, links and markup', () => {
    const plain = index.search('what helps a sore throat');
    for (const noisy of [
      '<@U123ABC> what helps a sore throat 🤒🤒',
      '<@!123456789> what helps a sore throat :face_with_thermometer:',
      '@vetted what helps a **sore throat**? https://example.com/x',
    ]) {
      const result = index.search(noisy);
      expect(result.outcome).toBe(plain.outcome);
      expect(result.ranked.map((ranked) => ranked.entryId)).toEqual(
        plain.ranked.map((ranked) => ranked.entryId),
      );
    }
  });

  it('finds the entry in a long message full of context', () => {
    const message =
      'hi everyone, sorry for the long post. we were at the park on saturday and my husband went over on ' +
      'his ankle on the steps, it is swollen and bruised now and he can still walk on it. should he put ice on it?';
    const result = index.search(message);
    expect(result.ranked[0]?.entryId).toBe('sprains');
    expect(result.outcome).not.toBe('no-answer');
  });

  it('asks which one when two entries fit about equally', () => {
    const result = index.search('flu');
    expect(result.outcome).toBe('clarify');
    expect(
      result.ranked
        .slice(0, 2)
        .map((ranked) => ranked.entryId)
        .sort(),
    ).toEqual(['flu-symptoms', 'flu-treatment']);
  });

  it('says it has no answer to chat that is not a health question', () => {
    for (const message of [
      'lol thanks',
      'whats the weather like tomorrow',
      'can you recommend a pizza place',
      '👍',
    ]) {
      expect(index.search(message).outcome, message).toBe('no-answer');
    }
  });

  it('says it has no answer to a health question no entry covers', () => {
    expect(index.search('what are the symptoms of gout').outcome).not.toBe('answer');
    expect(index.search('how do i get rid of dandruff').outcome).toBe('no-answer');
  });

  it('explains which words matched which field, and why it decided', () => {
    const result = index.search('pink eyes and a sore trhoat');
    const terms = result.ranked.flatMap((ranked) =>
      ranked.matches.map((match) => `${match.term}:${match.field}`),
    );
    expect(terms).toContain('trhoat:question');
    expect(terms).toContain('pink eyes:title');
    expect(result.reason.length).toBeGreaterThan(10);
  });

  it('keeps confidence between 0 and 1, higher for a clear answer than for a guess', () => {
    const clear = index.search('what helps a sore throat');
    const vague = index.search('flu');
    for (const result of [clear, vague, index.search('lol')]) {
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
    expect(clear.confidence).toBeGreaterThan(vague.confidence);
  });

  it('tells a "where" question from a "why" question on the same topic (question words count)', () => {
    const vaccineEntries = [
      makeEntry('flu-jab-where', {
        title: 'Getting a flu vaccine',
        questions: ['where can i get a flu vaccine', 'where do i go for the flu jab'],
        body: 'Pharmacies and GP practices give the flu vaccine every autumn.',
      }),
      makeEntry('flu-jab-why', {
        title: 'Why the flu vaccine is yearly',
        questions: ['why do i need a flu vaccine every year', 'why is the flu jab yearly'],
        body: 'Flu viruses change, and protection fades, so the vaccine is updated each year.',
      }),
    ];
    const vaccines = buildRetrievalIndex(vaccineEntries, []);
    expect(vaccines.search('where should i go to get my flu vaccine').ranked[0]?.entryId).toBe(
      'flu-jab-where',
    );
    expect(vaccines.search('why get a flu vaccine again, i had one').ranked[0]?.entryId).toBe('flu-jab-why');
  });

  it('answers nothing from an empty knowledge base', () => {
    const empty = buildRetrievalIndex([], []);
    expect(empty.search('sore throat').outcome).toBe('no-answer');
  });
});
