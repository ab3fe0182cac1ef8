// One zod schema over the environment. Every bad value is reported at once, each naming the
// variable and saying how to fix it. `.env.example` lists every setting with its default.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const BUNDLED_KNOWLEDGE_DIR = fileURLToPath(new URL('../knowledge', import.meta.url));

const booleanFlag = (name: string) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], {
      error: `${name} must be true or false`,
    })
    .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * A whole number from min to max. An empty value (`NAME=` in a .env file) means the default, not
 * 0, so that a blank line cannot turn a feature off by accident. `hint` says what the number is.
 * Every way of getting it wrong gets the same message: the range and the default are the fix.
 */
const wholeNumber = (name: string, min: number, max: number, fallback: number, hint = '') => {
  const error = `${name} must be a whole number from ${min} to ${max} (default ${fallback})${hint === '' ? '' : ` ${hint}`}`;
  return z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(fallback),
  );
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const httpUrl = (name: string) =>
  optionalText.refine((value) => value === undefined || /^https?:\/\/[^\s]+$/.test(value), {
    error: `${name} must be an http(s) URL such as https://slack.com/api/`,
  });

/** The value of VETTED_FEEDBACK_DB that keeps feedback in memory only (lost on restart). */
export const FEEDBACK_IN_MEMORY = 'memory';
export const DEFAULT_FEEDBACK_DB = 'data/feedback.sqlite';

// A file path, or `memory`. Blank means the default, like the numbers above.
const feedbackDb = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim() || undefined : value),
  z
    .string()
    .refine((value) => !/[/\\]$/.test(value), {
      error: `VETTED_FEEDBACK_DB must name a file such as ${DEFAULT_FEEDBACK_DB}, not a folder (drop the trailing slash), or be ${FEEDBACK_IN_MEMORY} to keep feedback in memory only`,
    })
    .transform((value) => (value.toLowerCase() === FEEDBACK_IN_MEMORY ? FEEDBACK_IN_MEMORY : value))
    .default(DEFAULT_FEEDBACK_DB),
);

const envSchema = z.object({
  PORT: wholeNumber('PORT', 1, 65535, 3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  VETTED_KB_DIR: z.string().min(1).default(BUNDLED_KNOWLEDGE_DIR),
  VETTED_REQUIRE_REVIEW: booleanFlag('VETTED_REQUIRE_REVIEW').default(false),
  VETTED_WATCH_KNOWLEDGE: booleanFlag('VETTED_WATCH_KNOWLEDGE').default(true),
  VETTED_ANSWER_CACHE_SIZE: wholeNumber(
    'VETTED_ANSWER_CACHE_SIZE',
    0,
    1_000_000,
    1000,
    '(answers kept for repeated questions; 0 turns the cache off)',
  ),
  VETTED_ANSWER_CACHE_TTL_SECONDS: wholeNumber(
    'VETTED_ANSWER_CACHE_TTL_SECONDS',
    1,
    86_400,
    300,
    '(seconds a cached answer is kept; a knowledge reload empties the cache anyway)',
  ),
  VETTED_FEEDBACK_DB: feedbackDb,
  // Questions that got no answer, redacted, kept for clinicians (`vetted gaps`) in the same file.
  VETTED_RECORD_UNANSWERED: booleanFlag('VETTED_RECORD_UNANSWERED').default(true),
  VETTED_UNANSWERED_RETENTION_DAYS: wholeNumber(
    'VETTED_UNANSWERED_RETENTION_DAYS',
    1,
    3650,
    90,
    '(days an unanswered question is kept before it is deleted)',
  ),
  // Any case (INFO is what many other tools take); blank means the default.
  LOG_LEVEL: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toLowerCase() || undefined : value),
    z
      .enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (default info)` })
      .default('info'),
  ),
  RATE_LIMIT_MAX: wholeNumber('RATE_LIMIT_MAX', 1, 1_000_000, 30),
  RATE_LIMIT_WINDOW_SECONDS: wholeNumber('RATE_LIMIT_WINDOW_SECONDS', 1, 86_400, 60),
  BODY_LIMIT_BYTES: wholeNumber('BODY_LIMIT_BYTES', 1, 10_000_000, 16_384),
  TRUST_PROXY: booleanFlag('TRUST_PROXY').default(false),

  SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), {
    error:
      'SLACK_BOT_TOKEN must start with xoxb-: copy the Bot User OAuth Token from your app\'s "OAuth & Permissions" page at api.slack.com/apps',
  }),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), {
    error:
      'SLACK_APP_TOKEN must start with xapp-: create an app-level token with the connections:write scope under "Basic Information" at api.slack.com/apps',
  }),
  SLACK_API_URL: httpUrl('SLACK_API_URL'),
  SLACK_COMMAND: z
    .string()
    .regex(/^\/[a-z0-9_-]{1,31}$/, {
      error: 'SLACK_COMMAND must look like /vetted (a slash and up to 31 letters)',
    })
    .default('/vetted'),

  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.refine((v) => v === undefined || /^\d{15,22}$/.test(v), {
    error:
      'DISCORD_APPLICATION_ID must be the numeric Application ID from the "General Information" page at discord.com/developers/applications',
  }),
  DISCORD_PUBLIC_KEY: optionalText.refine((v) => v === undefined || /^[0-9a-f]{64}$/i.test(v), {
    error:
      'DISCORD_PUBLIC_KEY must be the 64-character hex Public Key from the "General Information" page at discord.com/developers/applications',
  }),
  DISCORD_API_URL: httpUrl('DISCORD_API_URL'),
  DISCORD_USER_RATE_LIMIT_PER_MINUTE: wholeNumber('DISCORD_USER_RATE_LIMIT_PER_MINUTE', 1, 10_000, 6),
});

export type Config = z.infer<typeof envSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Parses the environment; never throws for bad values. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path.join('.') || 'environment';
      problems.push(issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`);
    }
    return { ok: false, problems };
  }
  const config = parsed.data;
  // Settings that only make sense together.
  if (config.SLACK_BOT_TOKEN && !config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN) {
    problems.push(
      'SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set (unless SLACK_APP_TOKEN selects Socket Mode): copy the Signing Secret from "Basic Information" at api.slack.com/apps',
    );
  }
  if (!config.SLACK_BOT_TOKEN && (config.SLACK_APP_TOKEN || config.SLACK_SIGNING_SECRET)) {
    problems.push(
      'SLACK_BOT_TOKEN is missing while other SLACK_ settings are set: copy the Bot User OAuth Token (xoxb-…) from "OAuth & Permissions" at api.slack.com/apps, or unset the SLACK_ variables',
    );
  }
  problems.push(...discordSettingsProblems(config));
  if (config.DISCORD_TOKEN && !config.DISCORD_APPLICATION_ID) {
    problems.push(
      'DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set: copy the Application ID from "General Information" at discord.com/developers/applications',
    );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}

const DISCORD_TOKEN_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** Discord settings that parse but cannot work together, each naming the variable and the fix. */
export function discordSettingsProblems(config: Config): string[] {
  const problems: string[] = [];
  const token = config.DISCORD_TOKEN?.replace(/^Bot\s+/i, '');
  if (token && !DISCORD_TOKEN_SHAPE.test(token)) {
    problems.push(
      'DISCORD_TOKEN does not look like a bot token (three parts separated by dots): copy it from "Bot" → "Reset Token" at discord.com/developers/applications',
    );
  }
  if (config.DISCORD_PUBLIC_KEY && !config.DISCORD_APPLICATION_ID) {
    problems.push(
      'DISCORD_APPLICATION_ID is required with DISCORD_PUBLIC_KEY (the interactions endpoint edits its replies through it): copy the Application ID from "General Information" at discord.com/developers/applications',
    );
  }
  return problems;
}
