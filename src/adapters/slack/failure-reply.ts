// What the person gets when answering itself fails: still pointed to care, emergency first.
import type { KnowledgeSettings } from '../../core/types.js';
import { escapeMrkdwn } from './mrkdwn.js';

export type CareGuidance = Pick<KnowledgeSettings, 'emergencyText' | 'crisisText' | 'noAnswerText'>;

export function failureReplyText(guidance: CareGuidance): string {
  return [
    `:rotating_light: *If this may be an emergency:* ${escapeMrkdwn(guidance.emergencyText)}`,
    `*If you are thinking about suicide or self-harm:* ${escapeMrkdwn(guidance.crisisText)}`,
    `Sorry, something went wrong while I was looking for a vetted answer. ${escapeMrkdwn(guidance.noAnswerText)}`,
  ].join('\n\n');
}

export const ENTRY_GONE_TEXT =
  'That answer is no longer available (the knowledge base has changed). Please ask your question again.';
