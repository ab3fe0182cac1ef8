// Security headers for the JSON API routes, fixed once at start. @fastify/helmet rebuilds its
// middleware on every request, which cost about a fifth of /v1/ask's throughput in bench:http;
// the HTML page and /docs keep helmet's full set. These follow OWASP's REST Security Cheat Sheet.
import type { FastifyReply, FastifyRequest } from 'fastify';

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

/** Route-level onRequest hook; use with `helmet: false` on the same route. */
export async function setApiSecurityHeaders(_request: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.headers(API_SECURITY_HEADERS);
}
