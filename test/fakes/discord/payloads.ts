// Gateway payloads shaped as Discord sends them, with only the fields discord.js needs.
let counter = 1_200_000_000_000_000_000n;

/** Unique, increasing snowflake-like ids. */
export function nextSnowflake(): string {
  counter += 1n;
  return counter.toString();
}

export interface UserPayload {
  id: string;
  username: string;
  bot?: boolean;
}

export interface FakeGuild {
  id: string;
  channels: { id: string; name: string }[];
}

function userObject(user: UserPayload) {
  return { discriminator: '0', global_name: null, avatar: null, ...user };
}

export function guildCreate(guild: FakeGuild, ownerId: string) {
  return {
    id: guild.id,
    name: 'Test clinic community',
    owner_id: ownerId,
    unavailable: false,
    member_count: 2,
    joined_at: new Date().toISOString(),
    features: [],
    channels: guild.channels.map((channel, position) => ({
      ...channel,
      type: 0,
      guild_id: guild.id,
      position,
      permission_overwrites: [],
    })),
    roles: [
      {
        id: guild.id,
        name: '@everyone',
        permissions: '68608',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
      },
    ],
    members: [],
    threads: [],
    emojis: [],
    stickers: [],
    presences: [],
    voice_states: [],
  };
}

/** A file on a message, e.g. the message.txt Discord makes of a long paste. */
export interface AttachmentInput {
  filename: string;
  url: string;
  /** Bytes, as Discord reports it. */
  size: number;
  contentType?: string;
}

/** A MESSAGE_CREATE: in a guild channel when `guildId` is given, else a DM. */
export function messageCreate(input: {
  author: UserPayload;
  channelId: string;
  content: string;
  guildId?: string;
  mentions?: UserPayload[];
  attachments?: AttachmentInput[];
}) {
  return {
    id: nextSnowflake(),
    channel_id: input.channelId,
    ...(input.guildId
      ? {
          guild_id: input.guildId,
          channel_type: 0,
          member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
        }
      : // Discord adds the channel type to gateway messages; discord.js needs it to build a DM channel.
        { channel_type: 1 }),
    author: userObject(input.author),
    content: input.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: (input.mentions ?? []).map(userObject),
    mention_roles: [],
    attachments: (input.attachments ?? []).map((file) => ({
      id: nextSnowflake(),
      filename: file.filename,
      size: file.size,
      url: file.url,
      proxy_url: file.url,
      ...(file.contentType ? { content_type: file.contentType } : {}),
    })),
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
  };
}

/** What the fake REST API returns for a message the bot sent. */
export function messageFrom(
  body: { content?: string; embeds?: unknown[]; components?: unknown[]; flags?: number } | null,
  channelId: string,
  bot: UserPayload,
) {
  return {
    ...messageCreate({ author: { ...bot, bot: true }, channelId, content: body?.content ?? '' }),
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    flags: body?.flags ?? 0,
  };
}

interface InteractionInput {
  applicationId: string;
  user: UserPayload;
  channelId: string;
  guildId?: string;
}

function interactionBase(input: InteractionInput) {
  const where = input.guildId
    ? {
        guild_id: input.guildId,
        member: {
          user: userObject(input.user),
          roles: [],
          permissions: '68608',
          joined_at: new Date().toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
        },
        channel: { id: input.channelId, type: 0, guild_id: input.guildId, name: 'general' },
        context: 0,
      }
    : { user: userObject(input.user), channel: { id: input.channelId, type: 1 }, context: 1 };
  return {
    id: nextSnowflake(),
    application_id: input.applicationId,
    token: `interaction-token-${nextSnowflake()}`,
    version: 1,
    channel_id: input.channelId,
    locale: 'en-US',
    app_permissions: '68608',
    entitlements: [],
    authorizing_integration_owners: {},
    ...where,
  };
}

export function askCommand(input: InteractionInput & { question: string }) {
  return {
    ...interactionBase(input),
    type: 2,
    data: {
      id: nextSnowflake(),
      name: 'ask',
      type: 1,
      options: [{ name: 'question', type: 3, value: input.question }],
    },
  };
}

export function buttonClick(input: InteractionInput & { customId: string; botId: string }) {
  return {
    ...interactionBase(input),
    type: 3,
    data: { custom_id: input.customId, component_type: 2 },
    message: messageCreate({
      author: { id: input.botId, username: 'vetted', bot: true },
      channelId: input.channelId,
      content: '',
    }),
  };
}
