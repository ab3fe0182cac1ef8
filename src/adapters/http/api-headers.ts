// Security headers for the JSON routes, fixed once at start (OWASP REST Security Cheat Sheet).
// The HTML page and /docs get helmet's full set instead; the JSON routes skip helmet, which
// rebuilds its middleware on every request.
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';

export const API_SECURITY_HEADERS = Object.freeze({
  // Health answers are personal: no shared cache or browser history should keep them.
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
});

/** onRequest hook for the scope that holds the JSON routes (callback style: no promise per request). */
export function setApiSecurityHeaders(
  _request: FastifyRequest,
  reply: FastifyReply,
  done: HookHandlerDoneFunction,
): void {
  reply.headers(API_SECURITY_HEADERS);
  done();
}
