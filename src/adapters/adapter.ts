// The port every platform adapter implements: start, stop, and optionally routes on the shared HTTP server.
import type { FastifyInstance } from 'fastify';

/** Registers routes on the `vetted serve` fastify app. Use an encapsulated plugin (app.register) for raw-body parsers. */
export type HttpRouteRegistrar = (app: FastifyInstance) => void | Promise<void>;

export interface PlatformAdapter {
  readonly name: string;
  /** Routes to mount on the shared HTTP server before it listens (HTTP-mode adapters). */
  readonly routes?: HttpRouteRegistrar;
  /** True when the adapter keeps a connection to the platform (reported as vetted_platform_connected). */
  readonly connects?: boolean;
  /**
   * Connects to the platform (gateway, socket mode). Resolves when ready to answer, or, when the
   * platform cannot be reached, after a first failure (it keeps retrying); rejects when the platform
   * refuses the settings (e.g. a bad token).
   */
  start(): Promise<void>;
  /** Stops taking new work and lets in-flight replies finish. */
  stop(): Promise<void>;
}
