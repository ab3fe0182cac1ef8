// A fake Slack on 127.0.0.1: the Web API (POST /api/<method>), response_url endpoints
// (POST /respond/<id>) and a Socket Mode server (ws /socket-mode). The real Bolt talks to it.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

export const FAKE_TEAM_ID = 'T0FAKE';
export const FAKE_APP_ID = 'A0FAKE';
export const FAKE_BOT_USER_ID = 'U0BOT';
export const FAKE_BOT_ID = 'B0BOT';

/** One call the app made: a Web API method, or `respond` for a response_url post. */
export interface SlackCall {
  method: string;
  // biome-ignore lint/suspicious/noExplicitAny: payloads are whatever the app sent; tests inspect them.
  args: Record<string, any>;
  token: string | undefined;
  at: number;
}

export type Failure = { status: 429; retryAfterSeconds: number } | { error: string };

export type Reachability = 'up' | 'cut' | 'hang';

export interface FakeSlackOptions {
  /** auth.test and apps.connections.open refuse other tokens with invalid_auth. */
  botToken?: string;
  appToken?: string;
}

export interface FakeSlack {
  apiUrl: string;
  calls: SlackCall[];
  /** Calls other than auth.test and apps.connections.open: what people would see. */
  replies(): SlackCall[];
  responseUrl(id: string): string;
  /** The next call to `method` fails this way (queued: call again for several failures). */
  failNext(method: string, failure: Failure): void;
  waitForCall(predicate: (call: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  /**
   * How Web API requests are treated: `up` answers; `cut` closes the connection before any answer,
   * as when Slack cannot be reached (the client sees a network error, not a Slack error); `hang`
   * never answers, as a firewall that drops packets. Cut and hung methods are listed in `cut`.
   */
  setReachability(mode: Reachability): void;
  cut: string[];
  /** Resolves when `count` Web API requests to `method` have been cut. */
  waitForCut(method: string, count?: number): Promise<void>;
  /** Ends every Socket Mode connection abruptly (no close frame), as a network drop does. */
  dropSockets(): void;
  /** Sends a Socket Mode envelope and resolves with the app's acknowledgement payload. */
  sendEnvelope(
    type: 'events_api' | 'slash_commands' | 'interactive',
    payload: object,
    retryAttempt?: number,
  ): Promise<unknown>;
  close(): Promise<void>;
}

const SETUP_METHODS = new Set(['auth.test', 'apps.connections.open']);

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const failures = new Map<string, Failure[]>();
  const waiters: { predicate: (call: SlackCall) => boolean; resolve: (call: SlackCall) => void }[] = [];
  const acks = new Map<string, (payload: unknown) => void>();
  let sockets: WebSocket[] = [];
  let nextTs = 1_700_000_000;
  let nextEnvelope = 0;
  let reachability: Reachability = 'up';
  const cut: string[] = [];
  const cutWaiters: { method: string; count: number; resolve: () => void }[] = [];

  function record(call: SlackCall) {
    calls.push(call);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(call)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
  }

  function answer(method: string, args: SlackCall['args'], token: string | undefined): object {
    switch (method) {
      case 'auth.test':
        if (options.botToken && token !== options.botToken) return { ok: false, error: 'invalid_auth' };
        return {
          ok: true,
          team_id: FAKE_TEAM_ID,
          user_id: FAKE_BOT_USER_ID,
          bot_id: FAKE_BOT_ID,
          user: 'vetted',
        };
      case 'apps.connections.open':
        if (options.appToken && token !== options.appToken) return { ok: false, error: 'invalid_auth' };
        return { ok: true, url: `ws://127.0.0.1:${port}/socket-mode` };
      case 'chat.postMessage':
        nextTs += 1;
        return { ok: true, channel: args.channel, ts: `${nextTs}.000100`, message: { text: args.text } };
      case 'chat.postEphemeral':
        nextTs += 1;
        return { ok: true, message_ts: `${nextTs}.000200` };
      default:
        return { ok: true };
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const token = request.headers.authorization?.replace(/^Bearer /, '');
    const args = parseArgs(raw, request.headers['content-type'] ?? '');
    const method = url.pathname.startsWith('/respond/') ? 'respond' : url.pathname.replace(/^\/api\//, '');
    if (reachability !== 'up') {
      if (reachability === 'cut') request.socket.destroy();
      cut.push(method);
      for (const waiter of [...cutWaiters]) {
        if (cut.filter((m) => m === waiter.method).length < waiter.count) continue;
        cutWaiters.splice(cutWaiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      return;
    }
    record({ method, args, token, at: Date.now() });

    const failure = failures.get(method)?.shift();
    if (failure && 'status' in failure) {
      response.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': String(failure.retryAfterSeconds),
      });
      response.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    if (method === 'respond') {
      response.writeHead(failure ? 404 : 200, { 'content-type': 'text/plain' });
      response.end(failure ? failure.error : 'ok');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(failure ? { ok: false, error: failure.error } : answer(method, args, token)));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.writeHead(500).end());
  });
  const wss = new WebSocketServer({ server, path: '/socket-mode' });
  wss.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('close', () => {
      sockets = sockets.filter((s) => s !== socket);
    });
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (message.envelope_id) acks.get(message.envelope_id)?.(message.payload ?? null);
    });
    socket.send(
      JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: FAKE_APP_ID } }),
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;

  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    calls,
    replies: () => calls.filter((call) => !SETUP_METHODS.has(call.method)),
    responseUrl: (id) => `http://127.0.0.1:${port}/respond/${id}`,
    setReachability(mode) {
      reachability = mode;
    },
    cut,
    waitForCut(method, count = 1) {
      if (cut.filter((m) => m === method).length >= count) return Promise.resolve();
      return new Promise((resolve) => cutWaiters.push({ method, count, resolve }));
    },
    dropSockets() {
      for (const socket of sockets) socket.terminate();
    },
    failNext(method, failure) {
      failures.set(method, [...(failures.get(method) ?? []), failure]);
    },
    waitForCall(predicate, timeoutMs = 5_000) {
      const found = calls.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error('fake Slack: expected call never arrived')),
          timeoutMs,
        );
        const settle = (call: SlackCall) => {
          clearTimeout(timer);
          resolve(call);
        };
        waiters.push({ predicate, resolve: settle });
      });
    },
    sendEnvelope(type, payload, retryAttempt = 0) {
      const socket = sockets[0];
      if (!socket) return Promise.reject(new Error('fake Slack: no Socket Mode connection'));
      nextEnvelope += 1;
      const envelopeId = `env-${nextEnvelope}`;
      const acked = new Promise<unknown>((resolve) => acks.set(envelopeId, resolve));
      const accepts_response_payload = type !== 'events_api';
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload,
          retry_attempt: retryAttempt,
        }),
      );
      return acked;
    },
    async close() {
      // app.stop() resolves before the close handshake ends: wait for the client, then force it.
      await Promise.all(
        sockets.map(async (socket) => {
          if (socket.readyState === WebSocket.CLOSED) return;
          const closed = once(socket, 'close');
          const timer = setTimeout(() => socket.terminate(), 1_000);
          await closed;
          clearTimeout(timer);
        }),
      );
      wss.close();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** Web API calls are form-encoded with `blocks` as a JSON string; response_url posts are JSON. */
function parseArgs(raw: string, contentType: string): SlackCall['args'] {
  if (!raw) return {};
  if (contentType.startsWith('application/json')) return JSON.parse(raw);
  const args: SlackCall['args'] = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'attachments']) {
    if (typeof args[key] === 'string') args[key] = JSON.parse(args[key]);
  }
  return args;
}
