// The real Bolt against the fake Slack, in both connection modes: what people in a workspace see.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/types.js';
import { FAKE_APP_ID, FAKE_TEAM_ID } from '../../fakes/slack/fake-slack.js';
import {
  blockAction,
  CHANNEL,
  DM_CHANNEL,
  directMessage,
  eventCallback,
  mention,
  PERSON,
  slashCommand,
} from '../../fakes/slack/payloads.js';
import { type Harness, type Mode, startHarness } from './harness.js';
import {
  blocksOf,
  blockTexts,
  buttons,
  isEphemeral,
  isPost,
  isRespond,
  must,
  visibleText,
} from './reply-helpers.js';
import { loadFixtureKnowledge, QUESTIONS, SENSITIVE_WORDS, testAnswers } from './test-knowledge.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadFixtureKnowledge();
});

describe.each<Mode>(['http', 'socket'])('Slack adapter over %s', (mode) => {
  let harness: Harness;
  const start = async (answers = testAnswers(knowledge)) => {
    harness = await startHarness(mode, { answers });
    return harness;
  };
  afterEach(async () => {
    await harness?.close();
  });

  it('answers a mention in a thread under the question, with sources, review stamp and disclaimer', async () => {
    const { fake, adapter } = await start();
    const question = mention(QUESTIONS.flu);
    const delivery = await harness.event(eventCallback(question));
    expect(delivery.status).toBe(200);
    await adapter.idle();
    expect(adapter.mode).toBe(mode);
    expect(fake.calls.some((call) => call.method === 'apps.connections.open')).toBe(mode === 'socket');

    const [first, ...others] = fake.replies();
    const reply = must(first);
    expect(others).toEqual([]);
    expect(reply.method).toBe('chat.postMessage');
    expect(reply.args).toMatchObject({ channel: CHANNEL, thread_ts: question.ts });
    const blocks = blocksOf(reply);
    expect(blocks.find((b) => b.type === 'header')?.text.text).toBe('Flu symptoms');
    const texts = blockTexts(reply).join('\n');
    expect(texts).toContain('<https://www.cdc.gov/flu/signs-symptoms/|CDC — Signs &amp; symptoms of flu>');
    expect(texts).toContain('<https://www.nhs.uk/conditions/flu/|NHS — Flu>');
    expect(texts).toContain('Reviewed by Jane Roe, MD on 2026-10-01');
    expect(texts).toContain('See a clinician if:');
    expect(blocks.at(-1)?.type).toBe('context');
    expect(blockTexts(reply).at(-1)).toContain('not medical advice');
    // Markdown became mrkdwn, and the plain fallback is always there.
    expect(texts).toContain('*suddenly*');
    expect(texts).toContain('fever &lt; 3 days');
    expect(reply.args.text).toMatch(/Flu symptoms/);
    expect(reply.token).toBe('xoxb-test-bot-token');
    expect(visibleText(reply)).not.toContain(QUESTIONS.flu);
  });

  it('answers a direct message in the DM, not in a thread', async () => {
    const { fake, adapter } = await start();
    await harness.event(eventCallback(directMessage(QUESTIONS.flu)));
    await adapter.idle();
    const replies = fake.replies();
    expect(replies).toHaveLength(1);
    expect(replies[0]?.method).toBe('chat.postMessage');
    expect(replies[0]?.args.channel).toBe(DM_CHANNEL);
    expect(replies[0]?.args.thread_ts).toBeUndefined();
    expect(blockTexts(must(replies[0])).join('\n')).toContain('cdc.gov/flu/signs-symptoms');
  });

  it('answers the slash command ephemerally through response_url after acknowledging', async () => {
    const { fake, adapter } = await start();
    const delivery = await harness.command(slashCommand(QUESTIONS.flu, fake.responseUrl('cmd-1')));
    expect(delivery.status).toBe(200);
    await adapter.idle();
    const replies = fake.replies();
    expect(replies.map((r) => r.method)).toEqual(['respond']);
    expect(replies[0]?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(blocksOf(must(replies[0])).find((b) => b.type === 'header')?.text.text).toBe('Flu symptoms');
    expect(visibleText(must(replies[0]))).not.toContain(QUESTIONS.flu);
  });

  it('offers clarify choices as buttons, and a click replies with the chosen entry in the same thread', async () => {
    const { fake, adapter } = await start();
    const question = mention(QUESTIONS.ambiguous);
    await harness.event(eventCallback(question));
    await adapter.idle();
    const clarify = must(fake.replies()[0]);
    const choices = buttons(clarify).filter((b) => b.actionId.startsWith('vetted_choose_'));
    expect(choices.map((c) => c.value)).toEqual(['flu-symptoms', 'cold-vs-flu']);
    expect(choices.map((c) => c.label)).toEqual(['Flu symptoms', 'Cold or flu?']);

    const posted = await fake.waitForCall(isPost);
    const click = blockAction({
      actionId: must(choices[1]).actionId,
      value: must(choices[1]).value,
      responseUrl: fake.responseUrl('click-1'),
      message: { ts: '1700009999.000100', threadTs: posted.args.thread_ts },
    });
    expect((await harness.action(click)).status).toBe(200);
    await adapter.idle();
    const chosen = must(fake.replies()[1]);
    expect(chosen.method).toBe('chat.postMessage');
    expect(chosen.args.thread_ts).toBe(question.ts);
    expect(blocksOf(chosen).find((b) => b.type === 'header')?.text.text).toBe('Cold or flu?');
    expect(blockTexts(chosen).join('\n')).toContain('cdc.gov/flu/symptoms/coldflu.htm');
  });

  it('gives one reply when Slack delivers the same event_id three times', async () => {
    const { fake, adapter } = await start();
    const body = eventCallback(mention(QUESTIONS.flu), 'Ev-repeated');
    await harness.event(body);
    await harness.event(body, 1);
    await harness.event(body, 2);
    await adapter.idle();
    expect(fake.replies()).toHaveLength(1);
    // A different event is still answered.
    await harness.event(eventCallback(mention(QUESTIONS.flu), 'Ev-other'));
    await adapter.idle();
    expect(fake.replies()).toHaveLength(2);
  });

  it('puts an emergency escalation first, marked, with the number to call', async () => {
    const { fake, adapter } = await start();
    await harness.event(eventCallback(directMessage(QUESTIONS.emergency)));
    await adapter.idle();
    const reply = must(fake.replies()[0]);
    const first = must(blocksOf(reply)[0]);
    expect(first.type).toBe('section');
    expect(first.text.text).toMatch(
      /^:rotating_light: \*Chest pain with sweating can be a heart attack\. Call 112 now\.\*/,
    );
    expect(first.text.text).toContain('Emergency services: *112*');
    expect(String(reply.args.text).startsWith(':rotating_light:')).toBe(true);
    // The answer still follows.
    expect(blocksOf(reply).find((b) => b.type === 'header')?.text.text).toBe('Flu symptoms');
  });

  it('replies to a sensitive question in a channel privately, without the words, suggesting a DM', async () => {
    const { fake, adapter } = await start();
    const question = mention(QUESTIONS.sensitive);
    await harness.event(eventCallback(question));
    await adapter.idle();
    const replies = fake.replies();
    expect(replies.filter(isPost)).toEqual([]);
    expect(replies).toHaveLength(1);
    const reply = must(replies[0]);
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.args).toMatchObject({ channel: CHANNEL, user: PERSON, thread_ts: question.ts });
    const seen = visibleText(reply);
    for (const word of SENSITIVE_WORDS) expect(seen).not.toContain(word);
    expect(seen).toContain('Only you can see this reply');
    expect(seen).toContain(`https://slack.com/app_redirect?app=${FAKE_APP_ID}&amp;team=${FAKE_TEAM_ID}`);
    expect(blocksOf(reply).find((b) => b.type === 'header')?.text.text).toBe('Flu symptoms');
  });

  it('records Helpful / Not helpful through the feedback port and thanks the person privately', async () => {
    const { fake, adapter, feedback } = await start();
    await harness.event(eventCallback(directMessage(QUESTIONS.flu)));
    await adapter.idle();
    const feedbackButtons = buttons(must(fake.replies()[0])).filter((b) =>
      b.actionId.startsWith('vetted_feedback_'),
    );
    expect(feedbackButtons.map((b) => [b.label, b.value])).toEqual([
      ['Helpful', 'flu-symptoms'],
      ['Not helpful', 'flu-symptoms'],
    ]);
    const click = (i: number) =>
      blockAction({
        actionId: must(feedbackButtons[i]).actionId,
        value: must(feedbackButtons[i]).value,
        responseUrl: fake.responseUrl(`feedback-${i}`),
        channel: DM_CHANNEL,
        message: { ts: '1700009999.000200' },
      });
    await harness.action(click(0));
    await harness.action(click(1));
    await adapter.idle();
    const stored = await feedback.list();
    expect(stored.map((f) => [f.entryId, f.helpful, f.platform])).toEqual([
      ['flu-symptoms', true, 'slack'],
      ['flu-symptoms', false, 'slack'],
    ]);
    const thanks = fake.replies().filter(isRespond);
    expect(thanks).toHaveLength(2);
    expect(thanks[0]?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(thanks[0]?.args.text).toMatch(/^Thanks/);
  });

  it('still points to care when the core fails while answering', async () => {
    const failing = testAnswers(knowledge);
    failing.answer = async () => {
      throw new Error('index exploded');
    };
    harness = await startHarness(mode, { answers: failing, guidance: () => knowledge.settings });
    await harness.event(eventCallback(directMessage(QUESTIONS.flu)));
    await harness.adapter.idle();
    const replies = harness.fake.replies();
    expect(replies).toHaveLength(1);
    const text = String(replies[0]?.args.text);
    expect(text.startsWith(':rotating_light:')).toBe(true);
    expect(text).toContain('Call 112 now (fixture emergency text).');
    expect(text).toContain('Call 116 123 now (fixture crisis text).');
    expect(text).toContain('No vetted answer (fixture no-answer text).');
    expect(harness.logs.some((l) => l.level === 'error' && l.fields.event === 'slack-answer-failed')).toBe(
      true,
    );
  });
});
