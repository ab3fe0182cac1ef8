// A known path asked with the wrong method gets 405 and an Allow header, not a 404 that
// suggests the path does not exist.
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { HttpProblem } from '../errors.js';

const METHODS: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

export function registerMethodNotAllowed(
  app: FastifyInstance,
  url: string,
  allowed: HTTPMethods[],
  how: string,
): void {
  const allow = allowed.join(', ');
  const path = url.replace(/:(\w+)/g, '{$1}');
  app.route({
    method: METHODS.filter((method) => !allowed.includes(method)),
    url,
    schema: { hide: true },
    // HEAD is listed on its own above when it is not allowed.
    exposeHeadRoute: false,
    handler: async (request, reply) => {
      reply.header('allow', allow);
      throw new HttpProblem(
        405,
        'method-not-allowed',
        `${request.method} is not accepted at ${path}: use ${allow}. ${how}`,
      );
    },
  });
}
