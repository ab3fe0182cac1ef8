// `vetted discord register` as a real process against the fake Discord REST API.
// Needs `npm run build` first (npm test does it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord/fake-discord.js';
import { runCli } from '../../helpers/run-cli.js';
import { APPLICATION_ID, BOT, GUILD_ID, TOKEN } from './support/fixtures.js';

describe('vetted discord register', () => {
  let fake: FakeDiscord;
  let env: Record<string, string>;
  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN, bot: BOT, applicationId: APPLICATION_ID });
    env = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl };
  });
  afterAll(async () => {
    await fake.close();
  });

  it('registers /ask in one server with --guild', async () => {
    const run = await runCli(['discord', 'register', '--guild', GUILD_ID], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Registered /ask in server ${GUILD_ID}`);
    const put = await fake.waitForRequest(
      (r) => r.method === 'PUT' && r.path.includes(`/guilds/${GUILD_ID}/`),
    );
    expect(put.path).toBe(`/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.authorization).toBe(`Bot ${TOKEN}`);
    expect(put.body).toEqual([
      expect.objectContaining({
        name: 'ask',
        // As long as the web API accepts, so nobody has to cut off the end of a question.
        options: [expect.objectContaining({ name: 'question', type: 3, required: true, max_length: 2000 })],
      }),
    ]);
  });

  it('registers globally without --guild, usable in DMs too', async () => {
    const run = await runCli(['discord', 'register'], { env });
    expect(run.code).toBe(0);
    const put = await fake.waitForRequest(
      (r) => r.method === 'PUT' && r.path === `/applications/${APPLICATION_ID}/commands`,
    );
    expect(put.body[0].contexts).toEqual([0, 1]);
  });

  it('says which setting is missing and where to find it', async () => {
    const run = await runCli(['discord', 'register'], { env: { DISCORD_API_URL: fake.apiUrl } });
    // A configuration problem (1), not a bad command line (2).
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/DISCORD_TOKEN is not set: .*Reset Token/);
    expect(run.stderr).toMatch(/DISCORD_APPLICATION_ID is not set: .*General Information/);
  });

  it('explains a rejected token', async () => {
    const run = await runCli(['discord', 'register'], {
      env: { ...env, DISCORD_TOKEN: 'MTEx.wrong.token' },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/rejected DISCORD_TOKEN \(401\)/);
  });
});
