// Turns a failed start into a message naming the setting at fault and where to find its value.
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

/** auth.test (SLACK_BOT_TOKEN) failed. */
export function botTokenProblem(error: unknown, apiUrl: string): SlackStartError {
  const code = codeOf(error);
  if (BAD_TOKEN.has(code)) {
    return new SlackStartError(
      `Slack rejected SLACK_BOT_TOKEN (${code}): copy the Bot User OAuth Token (xoxb-…) from "OAuth & Permissions" at api.slack.com/apps, after installing the app to the workspace.`,
      'SLACK_BOT_TOKEN',
    );
  }
  return new SlackStartError(
    `Could not reach Slack at ${apiUrl} to check SLACK_BOT_TOKEN (${code}): check the network, or SLACK_API_URL if it is set (it should be the Web API base URL, e.g. https://slack.com/api/).`,
    'SLACK_API_URL',
  );
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
