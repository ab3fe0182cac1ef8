// Turns a failed start into a message naming the setting at fault and where to find its value, and
// tells a refusal (Slack answered "no": fatal) from a network failure (retried in the background).
import { webApi } from '@slack/bolt';
import { codeOf } from './error-code.js';

const BAD_TOKEN = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
]);

export class SlackStartError extends Error {
  constructor(
    message: string,
    readonly setting: string,
  ) {
    super(message);
    this.name = 'SlackStartError';
  }
}

/** Slack itself answered with an error (ok: false): retrying the same token cannot help. */
export function isRefusal(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === webApi.ErrorCode.PlatformError;
}

/** auth.test (SLACK_BOT_TOKEN) was refused. */
export function botTokenProblem(error: unknown): SlackStartError {
  const code = codeOf(error);
  const how =
    'copy the Bot User OAuth Token (xoxb-…) from "OAuth & Permissions" at api.slack.com/apps, after installing the app to the workspace.';
  return new SlackStartError(
    BAD_TOKEN.has(code)
      ? `Slack rejected SLACK_BOT_TOKEN (${code}): ${how}`
      : `Slack refused to check SLACK_BOT_TOKEN (${code}): ${how}`,
    'SLACK_BOT_TOKEN',
  );
}

/** Logged (never fatal) while Slack cannot be reached; names the URL and the setting, never content. */
export function unreachableMessage(error: unknown, apiUrl: string, retryInMs: number): string {
  const seconds = Math.max(1, Math.round(retryInMs / 1000));
  return `Could not reach Slack at ${apiUrl} (${networkCode(error)}); retrying in ${seconds} s while the rest of vetted runs. Check the network, or SLACK_API_URL if it is set (it should be the Web API base URL, e.g. https://slack.com/api/).`;
}

/** ECONNREFUSED, ETIMEDOUT… rather than the Web API client's generic request-error code. */
function networkCode(error: unknown): string {
  const original = (error as { original?: { code?: unknown } } | null)?.original;
  if (typeof original?.code === 'string') return original.code;
  return error === undefined ? 'connection closed' : codeOf(error);
}

/** apps.connections.open (SLACK_APP_TOKEN, Socket Mode) failed. */
export function appTokenProblem(error: unknown): SlackStartError {
  const code = codeOf(error);
  if (BAD_TOKEN.has(code)) {
    return new SlackStartError(
      `Slack rejected SLACK_APP_TOKEN (${code}): create an app-level token with the connections:write scope under "Basic Information" → "App-Level Tokens" at api.slack.com/apps, and turn on Socket Mode; or unset SLACK_APP_TOKEN to use the HTTP Events API.`,
      'SLACK_APP_TOKEN',
    );
  }
  return new SlackStartError(
    `Could not open a Socket Mode connection with SLACK_APP_TOKEN (${code}): check that Socket Mode is enabled in the app settings at api.slack.com/apps and that this machine can reach Slack.`,
    'SLACK_APP_TOKEN',
  );
}
