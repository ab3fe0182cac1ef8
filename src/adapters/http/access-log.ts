// One log line per HTTP request. A request that produced an answer already has the core's
// `answer` line (request id, outcome, entry, triage, timing), so it gets no second line; every
// other request, and an answered one that still failed, gets an `http-request` access line with
// the route pattern and status. Half the lines of logging both for the main route, for the same
// facts (the HTTP metrics still count every request by route, status and duration).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from '../../core/logger.js';
import type { Metrics } from '../../runtime/metrics.js';
import { routeLabel } from './errors.js';

const answered = new WeakSet<FastifyRequest>();

/** Called by a route once the core has answered (and so logged) this request. */
export function noteAnswerLogged(request: FastifyRequest): void {
  answered.add(request);
}

export function installAccessLog(app: FastifyInstance, deps: { logger: Logger; metrics: Metrics }): void {
  // Callback style: an async hook would cost a promise and a microtask on every request.
  app.addHook('onResponse', (request, reply, done) => {
    const route = routeLabel(request);
    const ms = reply.elapsedTime;
    deps.metrics.httpRequests.inc({ method: request.method, route, status_code: String(reply.statusCode) });
    deps.metrics.httpDuration.observe({ method: request.method, route }, ms / 1000);
    if (reply.statusCode >= 400 || !answered.has(request)) {
      deps.logger.info({
        event: 'http-request',
        requestId: request.id,
        method: request.method,
        route,
        statusCode: reply.statusCode,
        ms: Math.round(ms * 100) / 100,
      });
    }
    done();
  });
}
