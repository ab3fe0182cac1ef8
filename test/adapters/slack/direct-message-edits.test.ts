// Direct messages that are not plain new messages: an edit that adds a red flag gets the escalation
// in a thread under it (a typo fix gets nothing: no duplicate answers), and a message with a file is
// answered like any other. The real Bolt against the fake Slack.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/types.js';
import {
  DM_CHANNEL,
  directMessage,
  editedDirectMessage,
  eventCallback,
  fileShareMessage,
} from '../../fakes/slack/payloads.js';
import { type Harness, type Mode, startHarness } from './harness.js';
import { blocksOf, isPost, must, visibleText } from './reply-helpers.js';
import { loadFixtureKnowledge, QUESTIONS, testAnswers } from './test-knowledge.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadFixtureKnowledge();
});

describe.each<Mode>(['http', 'socket'])('Slack direct messages, edited or with files, over %s', (mode) => {
  let harness: Harness;
  afterEach(async () => {
    await harness?.close();
  });

  async function send(event: object, eventId?: string) {
    await harness.event(eventCallback(event, eventId));
    await harness.adapter.idle();
  }

  it('answers an edit that now shows an emergency, escalation first, in a thread under the message', async () => {
    harness = await startHarness(mode, { answers: testAnswers(knowledge) });
    const first = directMessage('my dad feels odd');
    await send(first);
    expect(harness.fake.replies().filter(isPost)).toHaveLength(1);

    const edited = 'my dad feels odd and now has chest pain and is sweating';
    await send(editedDirectMessage({ text: first.text, ts: first.ts }, edited));
    const posts = harness.fake.replies().filter(isPost);
    expect(posts).toHaveLength(2);
    const escalation = must(posts[1]);
    expect(escalation.args).toMatchObject({ channel: DM_CHANNEL, thread_ts: first.ts });
    expect(blocksOf(escalation)[0]?.text.text).toMatch(/^:rotating_light: \*Chest pain with sweating/);
    expect(visibleText(escalation)).not.toContain(edited);
    expect(JSON.stringify(harness.logs)).not.toContain('feels odd');
  });

  it('stays quiet when an edit only fixes a typo, or the red flag was already answered', async () => {
    harness = await startHarness(mode, { answers: testAnswers(knowledge) });
    const typo = directMessage('waht are the symptoms of the flu');
    await send(typo);
    await send(editedDirectMessage({ text: typo.text, ts: typo.ts }, QUESTIONS.flu));
    const alarm = directMessage('chest pain, is it the flu');
    await send(alarm);
    await send(editedDirectMessage({ text: alarm.text, ts: alarm.ts }, QUESTIONS.emergency));
    // One answer per message, none for the edits.
    expect(harness.fake.replies().filter(isPost)).toHaveLength(2);
  });

  it('answers a repeated delivery of the same edit once', async () => {
    harness = await startHarness(mode, { answers: testAnswers(knowledge) });
    const first = directMessage('my dad feels odd');
    await send(first);
    const edit = editedDirectMessage({ text: first.text, ts: first.ts }, 'now he has chest pain');
    await send(edit, 'EvEDIT1');
    await send(edit, 'EvEDIT1');
    expect(harness.fake.replies().filter(isPost)).toHaveLength(2);
  });

  it('answers a message that carries a file like a plain message', async () => {
    harness = await startHarness(mode, { answers: testAnswers(knowledge) });
    await send(fileShareMessage(QUESTIONS.flu));
    const reply = must(harness.fake.replies().find(isPost));
    expect(reply.args.channel).toBe(DM_CHANNEL);
    expect(blocksOf(reply).find((b) => b.type === 'header')?.text.text).toBe('Flu symptoms');
  });
});
