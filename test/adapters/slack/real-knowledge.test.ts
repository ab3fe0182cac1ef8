// The bundled knowledge with the real retrieval and the real red-flag rules, end to end through
// Slack: an emergency typed the way people type it is escalated first.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR } from '../../../src/config.js';
import { buildSnapshot, createAnswerService } from '../../../src/core/answer-service.js';
import { loadKnowledge } from '../../../src/core/knowledge/load-knowledge.js';
import { silentLogger } from '../../../src/core/logger.js';
import { directMessage, eventCallback } from '../../fakes/slack/payloads.js';
import { type Harness, startHarness } from './harness.js';
import { blocksOf, must } from './reply-helpers.js';

const hasTriageRules = existsSync(join(BUNDLED_KNOWLEDGE_DIR, 'triage.yaml'));

describe.runIf(hasTriageRules)('Slack adapter with the bundled knowledge and triage rules', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
  });

  it('escalates chest pain spreading to the arm with sweating first, with the emergency number', async () => {
    const loaded = await loadKnowledge(BUNDLED_KNOWLEDGE_DIR);
    if (!loaded.ok) {
      const errors = loaded.problems.filter((p) => p.severity === 'error');
      throw new Error(
        `bundled knowledge has errors:\n${errors.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')}`,
      );
    }
    const snapshot = buildSnapshot(loaded.knowledge);
    const answers = createAnswerService({ snapshot: () => snapshot, logger: silentLogger });
    harness = await startHarness('socket', { answers });

    await harness.event(
      eventCallback(directMessage('my dad has chest pain going down his left arm and hes sweating a lot')),
    );
    await harness.adapter.idle();
    const reply = must(harness.fake.replies()[0]);
    const first = must(blocksOf(reply)[0]);
    expect(first.text.text.startsWith(':rotating_light:')).toBe(true);
    expect(first.text.text).toContain(`*${loaded.knowledge.settings.emergencyNumber}*`);
    expect(String(reply.args.text).startsWith(':rotating_light:')).toBe(true);
  });
});
