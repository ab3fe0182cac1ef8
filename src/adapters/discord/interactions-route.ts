// POST /discord/interactions: Discord's HTTP interactions, for deployments without a gateway
// connection. Inside its own fastify plugin so that its raw-body parser touches no other route.
import type { APIInteraction, REST } from 'discord.js';
import { InteractionResponseType, InteractionType, MessageFlags, Routes } from 'discord.js';
import type { FastifyInstance } from 'fastify';
import type { HttpRouteRegistrar } from '../adapter.js';
import { ASK_COMMAND } from './command-definition.js';
import { toApiBody } from './discord-message.js';
import {
  handleAskCommand,
  handleButton,
  handleUnknownCommand,
  type InteractionDeps,
  type InteractionSource,
} from './interaction-handlers.js';
import type { InteractionReplies } from './interaction-replies.js';
import type { SignatureVerifier } from './verify-signature.js';

export const INTERACTIONS_PATH = '/discord/interactions';
// Button clicks carry the whole message they sit on; leave room for several embeds.
const BODY_LIMIT_BYTES = 256 * 1024;

export interface InteractionsRouteDeps extends InteractionDeps {
  verify: SignatureVerifier;
  rest: REST;
  applicationId: string;
  /** Keeps follow-up work visible to stop(), which waits for it. */
  track: (work: Promise<unknown>) => void;
}

type ResponseBody = { type: InteractionResponseType; data?: object };

function httpReplies(
  deps: InteractionsRouteDeps,
  token: string,
  ephemeral: boolean,
  respond: (body: ResponseBody) => Promise<void>,
): InteractionReplies {
  const flags = ephemeral ? MessageFlags.Ephemeral : 0;
  const webhook = Routes.webhook(deps.applicationId, token);
  return {
    reply: (message) =>
      respond({ type: InteractionResponseType.ChannelMessageWithSource, data: toApiBody(message, flags) }),
    defer: () =>
      respond({
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: flags ? { flags } : {},
      }),
    async editOriginal(message) {
      await deps.rest.patch(Routes.webhookMessage(deps.applicationId, token, '@original'), {
        body: toApiBody(message),
        auth: false,
      });
    },
    async followUp(message) {
      await deps.rest.post(webhook, { body: toApiBody(message, flags), auth: false });
    },
  };
}

function sourceOf(interaction: APIInteraction): InteractionSource {
  const userId = interaction.member?.user.id ?? interaction.user?.id ?? 'unknown';
  return { id: interaction.id, userId, inGuild: interaction.guild_id !== undefined };
}

function askText(interaction: APIInteraction): string | null {
  if (interaction.type !== InteractionType.ApplicationCommand) return null;
  if (interaction.data.name !== ASK_COMMAND.name || !('options' in interaction.data)) return null;
  const option = interaction.data.options?.find((o) => o.name === ASK_COMMAND.options[0].name);
  return option && 'value' in option ? String(option.value) : '';
}

/** Runs the interaction; resolves with the HTTP response body, while edits and follow-ups continue. */
function answerOverHttp(deps: InteractionsRouteDeps, interaction: APIInteraction, sent: Promise<void>) {
  return new Promise<ResponseBody>((resolveResponse) => {
    const respond = async (body: ResponseBody) => {
      resolveResponse(body);
      // Discord must have our acknowledgement before it accepts edits of the reply.
      await sent;
    };
    const source = sourceOf(interaction);
    const replies = httpReplies(deps, interaction.token, source.inGuild, respond);
    const work = (async () => {
      if (interaction.type === InteractionType.MessageComponent) {
        return handleButton(deps, replies, source, interaction.data.custom_id);
      }
      const text = askText(interaction);
      if (text === null) return handleUnknownCommand(deps, replies);
      return handleAskCommand(deps, replies, source, text);
    })().catch((error: unknown) => {
      deps.logger.error(
        { event: 'discord-interaction-failed', requestId: source.id, platform: 'discord' },
        `replying to a Discord HTTP interaction failed: ${error instanceof Error ? error.name : 'unknown'}`,
      );
    });
    deps.track(work);
  });
}

export function discordInteractionsRoutes(deps: InteractionsRouteDeps): HttpRouteRegistrar {
  return async (app: FastifyInstance) => {
    await app.register(async (scope) => {
      // The signature covers the exact bytes: keep them, parse JSON only after verifying.
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

      scope.post(INTERACTIONS_PATH, { bodyLimit: BODY_LIMIT_BYTES }, async (request, reply) => {
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const signature = request.headers['x-signature-ed25519'];
        const timestamp = request.headers['x-signature-timestamp'];
        if (
          !deps.verify(
            typeof signature === 'string' ? signature : undefined,
            typeof timestamp === 'string' ? timestamp : undefined,
            raw,
          )
        ) {
          return reply.code(401).send({ error: 'invalid request signature' });
        }
        let interaction: APIInteraction;
        try {
          interaction = JSON.parse(raw.toString('utf8')) as APIInteraction;
        } catch {
          return reply.code(400).send({ error: 'body is not JSON' });
        }
        if (interaction.type === InteractionType.Ping) return { type: InteractionResponseType.Pong };
        const sent = new Promise<void>((resolve) => {
          reply.raw.once('finish', resolve);
          reply.raw.once('close', resolve);
        });
        return answerOverHttp(deps, interaction, sent);
      });
    });
  };
}
