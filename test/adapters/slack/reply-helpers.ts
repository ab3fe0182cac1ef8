// Reading what the app posted to the fake Slack.
import type { SlackCall } from '../../fakes/slack/fake-slack.js';

// biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON as posted.
export type PostedBlock = Record<string, any>;

/** Every piece of text a person could see in a posted reply. */
export function visibleText(call: SlackCall): string {
  return JSON.stringify([call.args.text ?? '', call.args.blocks ?? []]);
}

export function blocksOf(call: SlackCall): PostedBlock[] {
  return (call.args.blocks as PostedBlock[] | undefined) ?? [];
}

export function blockTexts(call: SlackCall): string[] {
  return blocksOf(call).flatMap((block) => {
    if (block.text?.text) return [String(block.text.text)];
    if (block.type === 'context') return block.elements.map((e: { text: string }) => e.text);
    if (block.type === 'actions') return block.elements.map((e: { text: { text: string } }) => e.text.text);
    return [];
  });
}

export function buttons(call: SlackCall): { actionId: string; value: string; label: string }[] {
  return blocksOf(call)
    .filter((block) => block.type === 'actions')
    .flatMap((block) =>
      block.elements.map((e: { action_id: string; value: string; text: { text: string } }) => ({
        actionId: e.action_id,
        value: e.value,
        label: e.text.text,
      })),
    );
}

export const isPost = (call: SlackCall) => call.method === 'chat.postMessage';
export const isEphemeral = (call: SlackCall) => call.method === 'chat.postEphemeral';
export const isRespond = (call: SlackCall) => call.method === 'respond';

/** The value, or a clear failure when a reply the test expects is missing. */
export function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value (a reply, block or button) that is missing');
  return value;
}
