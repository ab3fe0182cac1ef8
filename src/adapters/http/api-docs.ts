// OpenAPI document (from the route schemas) and the Swagger UI page at /docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

export async function registerApiDocs(app: FastifyInstance): Promise<void> {
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
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
}
