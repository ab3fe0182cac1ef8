// The web chat page: three static files, read once at start and served from memory.
// They live in src/adapters/http/public/ and are found from the package root, so the same path
// works from src/ (tsx, tests) and from dist/ (compiled); no frontend build step.
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';

export const PUBLIC_DIR = new URL('../../../../src/adapters/http/public/', import.meta.url);

const FILES = [
  { route: '/', file: 'index.html', type: 'text/html; charset=utf-8' },
  { route: '/chat.css', file: 'chat.css', type: 'text/css; charset=utf-8' },
  { route: '/chat.js', file: 'chat.js', type: 'text/javascript; charset=utf-8' },
] as const;

export async function registerPageRoutes(app: FastifyInstance): Promise<void> {
  for (const { route, file, type } of FILES) {
    const content = await readFile(new URL(file, PUBLIC_DIR));
    app.get(route, { schema: { hide: true } }, async (_request, reply) =>
      reply.type(type).header('cache-control', 'no-cache').send(content),
    );
  }
  // Browsers ask for it; answer without a 404 in the logs.
  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) => reply.code(204).send());
}
