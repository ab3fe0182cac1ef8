import { describe, expect, it } from 'vitest';
import { createAnswerService, type KnowledgeSnapshot } from '../../src/core/answer-service.js';
import type { Knowledge, RetrievalResult, TriageResult } from '../../src/core/types.js';
import { capturingLogger } from '../helpers/capturing-logger.js';
import { makeEntry, makeKnowledge } from '../helpers/make-knowledge.js';

// The service is tested with scripted retrieval and triage so each decision path is pinned down;
// the real index and rules are tested in their own suites and end to end through the CLI.
function snapshotWith(
  knowledge: Knowledge,
  retrieval: Partial<RetrievalResult>,
  triage: TriageResult | null = null,
): KnowledgeSnapshot {
  const outcome = retrieval.outcome ?? 'no-answer';
  const shown =
    outcome === 'answer' ? 1 : outcome === 'clarify' ? Math.min(3, retrieval.ranked?.length ?? 0) : 0;
  const result: RetrievalResult = {
    outcome,
    ranked: [],
    offered: shown,
    confidence: 0,
    reason: 'scripted',
    ...retrieval,
  };
  return { knowledge, index: { search: () => result }, triage: { classify: () => triage } };
}

function ranked(...ids: string[]) {
  return ids.map((entryId, i) => ({ entryId, score: 10 - i, matches: [] }));
}

const flu = makeEntry('flu-symptoms', { title: 'Flu symptoms', related: ['cold-vs-flu'] });
const cold = makeEntry('cold-vs-flu', { title: 'Cold or flu?' });
const stroke = makeEntry('stroke-signs', { title: 'Stroke warning signs', escalation: 'emergency' });
const knowledge = makeKnowledge([flu, cold, stroke]);
const EMERGENCY: TriageResult = {
  level: 'emergency',
  rule: 'stroke',
  message: 'Call 911 now: these can be signs of a stroke.',
};

describe('answer service', () => {
  it('answers with the entry, its sources, the draft stamp and the disclaimer', async () => {
    const service = createAnswerService({
      snapshot: () =>
        snapshotWith(knowledge, { outcome: 'answer', ranked: ranked('flu-symptoms'), confidence: 0.9 }),
      logger: capturingLogger().logger,
    });
    const answer = await service.answer({ text: 'flu signs?', platform: 'cli' });
    expect(answer.outcome).toBe('answer');
    expect(answer.entry).toBe('flu-symptoms');
    expect(answer.sources).toEqual(flu.sources);
    expect(answer.review?.text).toBe('Draft: not yet reviewed by a clinician');
    expect(answer.text).toContain('https://example.org/flu-symptoms');
    expect(answer.text).toContain('Draft: not yet reviewed by a clinician');
    expect(answer.text).toContain(knowledge.settings.disclaimer);
    expect(answer.related).toEqual([{ entryId: 'cold-vs-flu', title: 'Cold or flu?' }]);
    expect(answer.audit).toEqual({
      entryId: 'flu-symptoms',
      contentHash: 'hash-flu-symptoms',
      knowledgeVersion: 'v-test',
    });
  });

  it('puts a red flag first, before any knowledge content, and keeps the answer', async () => {
    const service = createAnswerService({
      snapshot: () =>
        snapshotWith(knowledge, { outcome: 'answer', ranked: ranked('flu-symptoms') }, EMERGENCY),
      logger: capturingLogger().logger,
    });
    const answer = await service.answer({ text: 'x', platform: 'cli' });
    expect(answer.triage).toEqual({ level: 'emergency', rule: 'stroke' });
    expect(answer.text.startsWith('⚠ Call 911 now')).toBe(true);
    expect(answer.escalation?.contacts).toContainEqual({ label: 'Emergency services', number: '911' });
    expect(answer.text.indexOf('Call 911 now')).toBeLessThan(answer.text.indexOf('Body of flu-symptoms'));
  });

  it('keeps the red flag when retrieval finds nothing', async () => {
    const service = createAnswerService({
      snapshot: () =>
        snapshotWith(knowledge, { outcome: 'no-answer' }, { ...EMERGENCY, level: 'crisis', rule: 'suicide' }),
      logger: capturingLogger().logger,
    });
    const answer = await service.answer({ text: 'x', platform: 'cli' });
    expect(answer.outcome).toBe('no-answer');
    expect(answer.text.startsWith('⚠')).toBe(true);
    expect(answer.escalation?.contacts.map((c) => c.number)).toEqual(['988', '911']);
  });

  it('shows an emergency entry’s own escalation above its body', async () => {
    const service = createAnswerService({
      snapshot: () => snapshotWith(knowledge, { outcome: 'answer', ranked: ranked('stroke-signs') }),
      logger: capturingLogger().logger,
    });
    const answer = await service.answer({ text: 'x', platform: 'cli' });
    expect(answer.triage.level).toBeNull();
    expect(answer.escalation?.level).toBe('entry-emergency');
    expect(answer.text.indexOf('911')).toBeLessThan(answer.text.indexOf('Body of stroke-signs'));
  });

  it('offers clarify choices with titles', async () => {
    const service = createAnswerService({
      snapshot: () =>
        snapshotWith(knowledge, { outcome: 'clarify', ranked: ranked('flu-symptoms', 'cold-vs-flu') }),
      logger: capturingLogger().logger,
    });
    const answer = await service.answer({ text: 'x', platform: 'cli' });
    expect(answer.outcome).toBe('clarify');
    expect(answer.choices.map((c) => c.entryId)).toEqual(['flu-symptoms', 'cold-vs-flu']);
    expect(answer.text).toContain('1. Flu symptoms\n2. Cold or flu?');
    expect(answer.text).toContain(knowledge.settings.disclaimer);
  });

  it('shows only the choices retrieval offers, not the rest of its ranking', async () => {
    const service = createAnswerService({
      snapshot: () =>
        snapshotWith(knowledge, {
          outcome: 'clarify',
          ranked: ranked('flu-symptoms', 'cold-vs-flu'),
          offered: 1,
        }),
      logger: capturingLogger().logger,
    });
    const answer = await service.answer({ text: 'x', platform: 'cli' });
    expect(answer.choices.map((c) => c.entryId)).toEqual(['flu-symptoms']);
    expect(answer.candidates).toEqual(['flu-symptoms']);
  });

  it('asks to confirm, not to choose, when only one entry is close', async () => {
    const service = createAnswerService({
      snapshot: () => snapshotWith(knowledge, { outcome: 'clarify', ranked: ranked('flu-symptoms') }),
      logger: capturingLogger().logger,
    });
    const answer = await service.answer({ text: 'x', platform: 'cli' });
    expect(answer.choices.map((c) => c.entryId)).toEqual(['flu-symptoms']);
    expect(answer.body).toBe('I am not sure I understood. Is this what you are asking about?');
  });

  it('never leaves a no-answer without a way to care', async () => {
    const service = createAnswerService({
      snapshot: () => snapshotWith(knowledge, { outcome: 'no-answer' }),
      logger: capturingLogger().logger,
    });
    const answer = await service.answer({ text: 'x', platform: 'cli' });
    expect(answer.text).toContain(knowledge.settings.noAnswerText);
    expect(answer.text).toMatch(/clinician|doctor|911/);
  });

  it('does not send someone in crisis to urgent care when no entry fits: it defers to the red flag', async () => {
    const service = createAnswerService({
      snapshot: () =>
        snapshotWith(knowledge, { outcome: 'no-answer' }, { ...EMERGENCY, level: 'crisis', rule: 'suicide' }),
      logger: capturingLogger().logger,
    });
    const answer = await service.answer({ text: 'x', platform: 'cli' });
    expect(answer.escalation?.level).toBe('crisis');
    expect(answer.body).toBe(knowledge.settings.noAnswerAfterEscalationText);
    expect(answer.text).not.toContain(knowledge.settings.noAnswerText);
    expect(answer.text).not.toMatch(/urgent care/);
  });

  describe('when reviews are required', () => {
    const reviewed = makeEntry('reviewed', {
      status: 'reviewed',
      reviewedBy: 'Jane Roe, MD',
      reviewedOn: '2026-01-01',
      reviewDue: '2027-01-01',
    });
    const overdue = makeEntry('overdue', { ...reviewed, id: 'overdue', reviewDue: '2026-06-01' });
    const kb = makeKnowledge([reviewed, overdue, makeEntry('draft')]);
    const ask = (id: string) =>
      createAnswerService({
        snapshot: () => snapshotWith(kb, { outcome: 'answer', ranked: ranked(id) }),
        logger: capturingLogger().logger,
        requireReview: true,
        today: () => '2026-11-27',
      }).answer({ text: 'x', platform: 'cli' });

    it('serves a reviewed entry with its stamp', async () => {
      const answer = await ask('reviewed');
      expect(answer.outcome).toBe('answer');
      expect(answer.text).toContain('Reviewed by Jane Roe, MD on 2026-01-01');
    });

    it('gives no vetted answer for a draft or an entry past review_due', async () => {
      for (const id of ['draft', 'overdue']) {
        const answer = await ask(id);
        expect(answer.outcome).toBe('no-answer');
        expect(answer.entry).toBeNull();
        expect(answer.text).not.toContain(`Body of ${id}`);
      }
    });
  });

  it('logs ids and outcome but never the question or the answer text', async () => {
    const { logger, lines } = capturingLogger();
    const service = createAnswerService({
      snapshot: () =>
        snapshotWith(knowledge, { outcome: 'answer', ranked: ranked('flu-symptoms') }, EMERGENCY),
      logger,
    });
    await service.answer({
      text: 'my name is Zanzibar Quill and I feel odd',
      platform: 'http',
      requestId: 'r1',
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      event: 'answer',
      requestId: 'r1',
      outcome: 'answer',
      entry: 'flu-symptoms',
      triage: 'emergency',
    });
    expect(JSON.stringify(lines)).not.toMatch(/Zanzibar|Quill|odd/);
  });

  it('never quotes the question in the reply', async () => {
    const service = createAnswerService({
      snapshot: () => snapshotWith(knowledge, { outcome: 'no-answer' }),
      logger: capturingLogger().logger,
    });
    const answer = await service.answer({ text: 'Zanzibar Quill asks something', platform: 'slack' });
    expect(JSON.stringify(answer)).not.toContain('Zanzibar');
  });

  it('answers a chosen entry, and null for an unknown id', async () => {
    const service = createAnswerService({
      snapshot: () => snapshotWith(knowledge, {}),
      logger: capturingLogger().logger,
    });
    expect((await service.answerEntry('cold-vs-flu', { platform: 'discord' }))?.entry).toBe('cold-vs-flu');
    expect(await service.answerEntry('nope', { platform: 'discord' })).toBeNull();
  });
});
