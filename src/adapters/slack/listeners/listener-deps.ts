// What every Slack listener needs, and small helpers they share.
import type { FeedbackStore } from '../../../core/feedback.js';
import type { ReplyFlowDeps } from '../reply-flow.js';

export interface ListenerDeps extends ReplyFlowDeps {
  feedback: FeedbackStore;
  /** The slash command, e.g. /vetted (SLACK_COMMAND). */
  command: string;
}

/** Slack's official link that opens a direct message with the app. */
export function dmUrlFor(appId: string | undefined, teamId: string | undefined): string | null {
  if (!appId || !teamId) return null;
  return `https://slack.com/app_redirect?app=${encodeURIComponent(appId)}&team=${encodeURIComponent(teamId)}`;
}

export const USAGE_TEXT =
  'Ask me a health question, for example _what are the symptoms of the flu?_ I answer only with information clinicians have vetted, always with sources.';
