// Answer -> Block Kit. Reading order: escalation (first, marked), privacy note, title, answer,
// clarify buttons, "See a clinician if", sources, review stamp, see also, feedback, disclaimer.
// Nothing the person wrote is ever part of the output, and every string is escaped (mrkdwn.ts).
import type { types } from '@slack/bolt';
import type { Answer, ClarifyChoice, EscalationBlock } from '../../core/types.js';
import { isAlarm } from '../shared/escalation-alarm.js';
import { splitText } from '../shared/split-text.js';
import { ACTION } from './action-ids.js';
import { escapeMrkdwn, markdownToMrkdwn, safePlainText, slackLink } from './mrkdwn.js';
import { SLACK_LIMITS, truncate } from './slack-limits.js';

type Block = types.KnownBlock;

export interface SlackMessage {
  /** Notification and accessibility text; escalation first. Always set. */
  text: string;
  blocks: Block[];
}

export interface RenderOptions {
  /** Set when a sensitive answer is shown privately in a channel: where to continue in a DM. */
  privateNotice?: { dmUrl: string | null };
}

export { isAlarm };

/** The escalation in mrkdwn: a clear marker, the message, then the numbers to call. */
export function escalationMrkdwn(escalation: EscalationBlock): string {
  const mark = isAlarm(escalation) ? ':rotating_light:' : ':warning:';
  const lines = [`${mark} *${escapeMrkdwn(escalation.text.trim())}*`];
  for (const contact of escalation.contacts) {
    lines.push(`:telephone_receiver: ${escapeMrkdwn(contact.label)}: *${escapeMrkdwn(contact.number)}*`);
  }
  return lines.join('\n');
}

export function privateNoticeMrkdwn(dmUrl: string | null): string {
  const where = dmUrl ? slackLink(dmUrl, 'a direct message with me') : 'a direct message with me';
  return `:lock: Only you can see this reply. Health details are personal: please continue in ${where} rather than in the channel.`;
}

function sections(mrkdwn: string, blockId?: string): Block[] {
  return splitText(mrkdwn, SLACK_LIMITS.sectionText).map((text, i) => ({
    type: 'section',
    text: { type: 'mrkdwn', text },
    ...(blockId && i === 0 ? { block_id: blockId } : {}),
  }));
}

function context(mrkdwn: string): Block[] {
  return splitText(mrkdwn, SLACK_LIMITS.contextText).map((text) => ({
    type: 'context',
    elements: [{ type: 'mrkdwn', text }],
  }));
}

function button(label: string, actionId: string, value: string): types.Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncate(safePlainText(label), SLACK_LIMITS.buttonText), emoji: true },
    action_id: actionId,
    value: value.slice(0, SLACK_LIMITS.buttonValue),
  };
}

/** Buttons that answer with the chosen entry; action ids must be unique within a block. */
function choiceButtons(choices: ClarifyChoice[], blockId: string): Block[] {
  const blocks: Block[] = [];
  for (let start = 0; start < choices.length; start += SLACK_LIMITS.elementsPerActions) {
    const row = choices.slice(start, start + SLACK_LIMITS.elementsPerActions);
    blocks.push({
      type: 'actions',
      block_id: start === 0 ? blockId : `${blockId}_${start}`,
      elements: row.map((choice, i) =>
        button(choice.title, `${ACTION.choosePrefix}${start + i}`, choice.entryId),
      ),
    });
  }
  return blocks;
}

function bulletList(heading: string, items: string[]): string {
  return [`*${heading}*`, ...items.map((item) => `• ${item}`)].join('\n');
}

export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const head: Block[] = [];
  if (answer.escalation) {
    head.push(...sections(escalationMrkdwn(answer.escalation), 'vetted_escalation'), { type: 'divider' });
  }
  if (options.privateNotice) head.push(...context(privateNoticeMrkdwn(options.privateNotice.dmUrl)));
  if (answer.title) {
    head.push({
      type: 'header',
      text: { type: 'plain_text', text: truncate(safePlainText(answer.title), SLACK_LIMITS.headerText) },
    });
  }

  const body = answer.body.trim() ? sections(markdownToMrkdwn(answer.body)) : [];

  const tail: Block[] = [];
  if (answer.choices.length > 0) tail.push(...choiceButtons(answer.choices, 'vetted_choices'));
  if (answer.seeClinicianIf.length > 0) {
    tail.push(...sections(bulletList('See a clinician if:', answer.seeClinicianIf.map(escapeMrkdwn))));
  }
  if (answer.sources.length > 0) {
    tail.push(
      ...sections(
        bulletList(
          'Sources',
          answer.sources.map((s) => slackLink(s.url, s.title)),
        ),
      ),
    );
  }
  if (answer.review) {
    const mark = answer.review.status === 'reviewed' ? ':white_check_mark:' : ':memo:';
    tail.push(...context(`${mark} ${escapeMrkdwn(answer.review.text)}`));
  }
  if (answer.related.length > 0) {
    tail.push(...context('*See also*'), ...choiceButtons(answer.related, 'vetted_related'));
  }
  if (answer.entry) {
    tail.push({
      type: 'actions',
      block_id: 'vetted_feedback',
      elements: [
        button('Helpful', ACTION.helpful, answer.entry),
        button('Not helpful', ACTION.notHelpful, answer.entry),
      ],
    });
  }
  tail.push(...context(escapeMrkdwn(answer.disclaimer)));

  return {
    text: fallbackText(answer, options),
    blocks: [...head, ...fitBody(body, head.length + tail.length), ...tail],
  };
}

/** Keeps the message within 50 blocks by shortening the answer, never the escalation or the safety lines. */
function fitBody(body: Block[], others: number): Block[] {
  const room = SLACK_LIMITS.blocksPerMessage - others;
  if (body.length <= room) return body;
  if (room < 2) throw new Error(`Slack message has no room for the answer (${others} other blocks)`);
  return [
    ...body.slice(0, room - 1),
    ...context(
      '_This answer was shortened to fit in one Slack message; the sources below have the full details._',
    ),
  ];
}

/** Plain reply in reading order (escalation first), escaped for Slack; used as `text` and on its own. */
export function fallbackText(
  answer: Answer,
  options: RenderOptions = {},
  max: number = SLACK_LIMITS.fallbackText,
) {
  const parts: string[] = [];
  if (answer.escalation) parts.push(escalationMrkdwn(answer.escalation));
  if (options.privateNotice) parts.push(privateNoticeMrkdwn(options.privateNotice.dmUrl));
  // answer.text starts with the escalation too (renderPlainText); it is already above.
  const repeated = answer.escalation ? `⚠ ${answer.escalation.text}` : '';
  const rest =
    repeated && answer.text.startsWith(repeated) ? answer.text.slice(repeated.length) : answer.text;
  parts.push(markdownToMrkdwn(rest));
  return truncate(parts.join('\n\n'), max);
}
