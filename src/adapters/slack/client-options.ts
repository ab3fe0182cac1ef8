// Web API client settings: which Slack host, and how to wait out failures and rate limits.
import type { webApi } from '@slack/bolt';

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

/**
 * A chat reply is worth little half an hour late (the Web API default): a few quick retries.
 * A 429 is retried after the Retry-After the server sends (rejectRateLimitedCalls: false).
 */
export const REPLY_RETRY_POLICY: webApi.RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeout: 1_000,
  maxTimeout: 10_000,
  randomize: true,
};

export function webClientOptions(
  apiUrl: string | undefined,
  retryConfig: webApi.RetryOptions = REPLY_RETRY_POLICY,
): webApi.WebClientOptions {
  const base = apiUrl ?? DEFAULT_SLACK_API_URL;
  return {
    // The client appends method names to this URL.
    slackApiUrl: base.endsWith('/') ? base : `${base}/`,
    retryConfig,
    rejectRateLimitedCalls: false,
    timeout: 10_000,
  };
}
