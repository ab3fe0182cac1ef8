// A Bolt Receiver mounted on the shared `vetted serve` fastify app at /slack/events: events,
// interactivity and the slash command all arrive here. Slack's signature is checked on the raw
// bytes before anything is parsed; requests failing it get 401 and never reach a listener.
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import { ReceiverMultipleAckError, verifySlackRequest } from '@slack/bolt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '../../core/logger.js';
import type { HttpRouteRegistrar } from '../adapter.js';

export const SLACK_EVENTS_PATH = '/slack/events';
const FORM = 'application/x-www-form-urlencoded';
/** Interactivity payloads carry the whole message that held the button: far above small JSON bodies. */
const SLACK_BODY_LIMIT = 1_048_576;
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export interface HttpReceiverOptions {
  signingSecret: string;
  logger: Logger;
}

export class FastifySlackReceiver implements Receiver {
  private app: App | undefined;
  private accepting = false;

  constructor(private readonly options: HttpReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {
    this.accepting = true;
  }

  async stop(): Promise<void> {
    this.accepting = false;
  }

  /** Registers the route inside its own plugin, whose body parsers keep the raw text for verification. */
  readonly routes: HttpRouteRegistrar = async (server: FastifyInstance) => {
    await server.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser(
        ['application/json', FORM],
        { parseAs: 'string', bodyLimit: SLACK_BODY_LIMIT },
        (_request, body, done) => done(null, body),
      );
      // Slack calls from many addresses; the signature, not a per-address limit, keeps others out.
      const config = { rateLimit: false };
      scope.post(SLACK_EVENTS_PATH, { bodyLimit: SLACK_BODY_LIMIT, config }, (request, reply) =>
        this.handle(request, reply),
      );
    });
  };

  private async handle(request: FastifyRequest, reply: FastifyReply) {
    const { logger } = this.options;
    // Not started yet (or stopping): Slack retries later.
    if (!this.app || !this.accepting) return reply.code(503).send();
    const rawBody = typeof request.body === 'string' ? request.body : '';
    const isForm = (request.headers['content-type'] ?? '').startsWith(FORM);

    // Slack's certificate check on the slash command URL is unsigned and carries nothing else.
    if (isForm && new URLSearchParams(rawBody).get('ssl_check') === '1') return reply.code(200).send();

    if (!this.verified(request, rawBody)) {
      logger.warn({ event: 'slack-signature-rejected', platform: 'slack' });
      return reply.code(401).send();
    }
    const body = parseBody(rawBody, isForm);
    if (body === null) return reply.code(400).send();
    if (body.type === 'url_verification') return reply.send({ challenge: body.challenge });

    const retryNum = Number(request.headers['x-slack-retry-num']);
    const retryReason = request.headers['x-slack-retry-reason'];
    let acked = false;
    let ackBody: unknown;
    let onAck: () => void = () => {};
    const ackedPromise = new Promise<void>((resolve) => {
      onAck = resolve;
    });
    const event: ReceiverEvent = {
      body,
      ack: async (response?: unknown) => {
        if (acked) throw new ReceiverMultipleAckError();
        acked = true;
        ackBody = response;
        onAck();
      },
      ...(Number.isInteger(retryNum) ? { retryNum } : {}),
      ...(typeof retryReason === 'string' ? { retryReason } : {}),
    };
    const processing = this.app.processEvent(event).catch((error: unknown) => {
      logger.error({ event: 'slack-dispatch-failed', platform: 'slack', errorCode: (error as Error)?.name });
    });
    // Acknowledge as soon as Bolt (events) or a listener (commands, buttons) calls ack; answer afterwards.
    await Promise.race([ackedPromise, processing]);
    // Nothing acknowledged it: no listener for this kind of request (Bolt's HTTPReceiver says 404 too).
    if (!acked) return reply.code(404).send();
    return ackBody === undefined || ackBody === '' ? reply.code(200).send() : reply.code(200).send(ackBody);
  }

  private verified(request: FastifyRequest, rawBody: string): boolean {
    const signature = request.headers['x-slack-signature'];
    const timestamp = request.headers['x-slack-request-timestamp'];
    if (typeof signature !== 'string' || typeof timestamp !== 'string') return false;
    // Bolt refuses old timestamps; refuse ones from the future too, so a captured request cannot be replayed later.
    if (Number(timestamp) * 1000 > Date.now() + MAX_CLOCK_SKEW_MS) return false;
    try {
      verifySlackRequest({
        signingSecret: this.options.signingSecret,
        body: rawBody,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
      });
      return true;
    } catch {
      return false;
    }
  }
}

// biome-ignore lint/suspicious/noExplicitAny: Slack payloads are checked by Bolt's listeners.
type SlackBody = Record<string, any>;

/** Events are JSON; commands are a form; interactivity is a form whose `payload` field is JSON. */
function parseBody(rawBody: string, isForm: boolean): SlackBody | null {
  try {
    if (!isForm) {
      const parsed: unknown = JSON.parse(rawBody);
      return typeof parsed === 'object' && parsed !== null ? (parsed as SlackBody) : null;
    }
    const form = new URLSearchParams(rawBody);
    const payload = form.get('payload');
    return payload === null ? Object.fromEntries(form) : (JSON.parse(payload) as SlackBody);
  } catch {
    return null;
  }
}
