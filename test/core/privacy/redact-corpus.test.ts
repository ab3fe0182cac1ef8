// Redaction measured on the labelled chat corpus: recall per identifier kind (what must never
// leak) and precision (how much harmless text is blanked).
import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/core/privacy/redact.js';
import { IDENTIFIER_KINDS } from '../../../src/core/privacy/span.js';
import { loadCorpus, scoreCorpus } from '../../fixtures/redaction/corpus.js';

// Every kind but names has a shape a pattern can hold to the 0.95 bar.
const STRUCTURED = IDENTIFIER_KINDS.filter((kind) => kind !== 'NAME');

const corpus = loadCorpus();
const score = scoreCorpus(corpus, redact);
const kind = (name: string) => score.byKind.find((k) => k.kind === name);
const missesOf = (name: string) =>
  score.misses
    .filter((m) => m.kind === name)
    .map((m) => `"${m.value}" in "${m.text}"`)
    .join('\n');

describe('redaction corpus', () => {
  it('holds at least 120 chat sentences, with clean ones for precision', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(120);
    expect(corpus.filter((s) => s.spans.length === 0).length).toBeGreaterThanOrEqual(30);
    for (const name of [...STRUCTURED, 'NAME']) expect(kind(name)?.expected, name).toBeGreaterThanOrEqual(2);
  });

  it.each(STRUCTURED)('finds at least 95%% of %s identifiers', (name) => {
    expect(kind(name)?.recall, missesOf(name)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds at least 80% of names', () => {
    expect(kind('NAME')?.recall, missesOf('NAME')).toBeGreaterThanOrEqual(0.8);
  });

  it('blanks little harmless text: overall precision at least 0.9', () => {
    const found = score.byKind.reduce((n, k) => n + k.found, 0);
    const correct = score.byKind.reduce((n, k) => n + k.correct, 0);
    const falsePositives = score.falsePositives
      .map((f) => `${f.kind} "${f.value}" in "${f.text}"`)
      .join('\n');
    expect(correct / found, falsePositives).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves clean sentences untouched', () => {
    const touched = corpus
      .filter((s) => s.spans.length === 0 && redact(s.text).text !== s.text)
      .map((s) => s.text);
    expect(touched.length, touched.join('\n')).toBeLessThanOrEqual(2);
  });
});
