// What Slack sends the app, shaped like the real payloads (only the fields Bolt and vetted read).
import { FAKE_APP_ID, FAKE_BOT_USER_ID, FAKE_TEAM_ID } from './fake-slack.js';

export const PERSON = 'U0PERSON';
export const CHANNEL = 'C0HEALTH';
export const DM_CHANNEL = 'D0PERSON';

let counter = 0;
const nextTs = () => `${1_700_000_000 + ++counter}.000${counter}`;

export function eventCallback(event: object, eventId = `Ev${++counter}`): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM_ID,
    api_app_id: FAKE_APP_ID,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, is_bot: true }],
    event,
  };
}

export function mention(text: string, options: { channel?: string; ts?: string; threadTs?: string } = {}) {
  const ts = options.ts ?? nextTs();
  return {
    type: 'app_mention',
    user: PERSON,
    text: `<@${FAKE_BOT_USER_ID}> ${text}`,
    ts,
    event_ts: ts,
    channel: options.channel ?? CHANNEL,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
  };
}

export function directMessage(text: string) {
  const ts = nextTs();
  return { type: 'message', channel_type: 'im', channel: DM_CHANNEL, user: PERSON, text, ts, event_ts: ts };
}

/** A DM with a file attached (subtype file_share): the words are in `text` as usual. */
export function fileShareMessage(text: string) {
  return {
    ...directMessage(text),
    subtype: 'file_share',
    files: [{ id: `F${++counter}`, name: 'photo.jpg', mimetype: 'image/jpeg' }],
  };
}

/** Someone edited a DM they sent: Slack sends message_changed with the new and the previous message. */
export function editedDirectMessage(before: { text: string; ts: string }, text: string) {
  const eventTs = nextTs();
  return {
    type: 'message',
    subtype: 'message_changed',
    hidden: true,
    channel_type: 'im',
    channel: DM_CHANNEL,
    ts: eventTs,
    event_ts: eventTs,
    message: { type: 'message', user: PERSON, text, ts: before.ts, edited: { user: PERSON, ts: eventTs } },
    previous_message: { type: 'message', user: PERSON, text: before.text, ts: before.ts },
  };
}

export function slashCommand(text: string, responseUrl: string, channel = CHANNEL): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM_ID,
    team_domain: 'fake',
    channel_id: channel,
    channel_name: channel.startsWith('D') ? 'directmessage' : 'health',
    user_id: PERSON,
    user_name: 'person',
    command: '/vetted',
    text,
    api_app_id: FAKE_APP_ID,
    response_url: responseUrl,
    trigger_id: `trigger-${++counter}`,
  };
}

export interface ButtonClick {
  actionId: string;
  value: string;
  responseUrl: string;
  channel?: string;
  /** The message holding the button: its ts and thread. Absent for an ephemeral message. */
  message?: { ts: string; threadTs?: string };
}

export function blockAction(click: ButtonClick): Record<string, unknown> {
  const channel = click.channel ?? CHANNEL;
  return {
    type: 'block_actions',
    user: { id: PERSON },
    api_app_id: FAKE_APP_ID,
    team: { id: FAKE_TEAM_ID, domain: 'fake' },
    container: {
      type: 'message',
      channel_id: channel,
      message_ts: click.message?.ts ?? nextTs(),
      is_ephemeral: click.message === undefined,
    },
    channel: { id: channel, name: 'health' },
    ...(click.message
      ? { message: { type: 'message', ts: click.message.ts, thread_ts: click.message.threadTs, text: '' } }
      : {}),
    response_url: click.responseUrl,
    trigger_id: `trigger-${++counter}`,
    actions: [
      {
        type: 'button',
        action_id: click.actionId,
        block_id: 'vetted_choices',
        value: click.value,
        text: { type: 'plain_text', text: 'choice' },
        action_ts: nextTs(),
      },
    ],
  };
}
