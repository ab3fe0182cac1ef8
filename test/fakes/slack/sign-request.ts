// Signs a request the way Slack does: v0= HMAC-SHA256 of `v0:<timestamp>:<raw body>`.
import { createHmac } from 'node:crypto';

export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export function signedHeaders(
  secret: string,
  rawBody: string,
  contentType: string,
  timestamp = nowSeconds(),
) {
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(secret, timestamp, rawBody),
  };
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
