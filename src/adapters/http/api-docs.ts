// OpenAPI document (from the route schemas, collected at the root) and the Swagger UI page at
// /docs (registered with the HTML pages, under helmet).
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'vetted',
        description:
          'Health answers that clinicians have written or approved, always with sources, a review stamp and a disclaimer. General information, not medical advice.',
        version: '1',
      },
      tags: [
        { name: 'answers', description: 'Ask questions and fetch entries' },
        { name: 'operations', description: 'Health, readiness, metrics and knowledge status' },
      ],
    },
    // Name shared schemas after their $id (Answer, Error) instead of def-0, def-1.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
}

export async function registerDocsPage(app: FastifyInstance): Promise<void> {
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    // Swagger UI sets a few inline styles: allow them on the docs page only. And as for the chat
    // page, no upgrade-insecure-requests, so /docs also works on a plain-HTTP LAN deployment.
    transformStaticCSP: (header) =>
      header
        .replace("style-src 'self' https:", "style-src 'self' https: 'unsafe-inline'")
        .replace(/\s*upgrade-insecure-requests;?/, ''),
  });
}
