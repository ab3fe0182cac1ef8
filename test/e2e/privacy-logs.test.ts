// The privacy invariant end to end: a message full of identifiers goes through the real server
// process (every log level on), through triage, retrieval and errors, and nothing of it is logged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, copyKnowledge, removeDir, type ServeProcess, startServe } from './serve-helpers.js';

const IDENTIFIERS = [
  'Marisol Featherstonehaugh',
  'marisol.f@examplemail.com',
  '(415) 555-0199',
  '123-45-6789',
  'MRN 88412077',
  '742 Evergreen Terrace',
  '94110',
  '03/14/1961',
  '192.168.14.77',
  'https://my-chart.example.org/p/5521',
];
const MESSAGE = `Hi, my name is ${IDENTIFIERS[0]}, email ${IDENTIFIERS[1]}, phone ${IDENTIFIERS[2]}, SSN ${IDENTIFIERS[3]}, ${IDENTIFIERS[4]}. I live at ${IDENTIFIERS[5]}, ${IDENTIFIERS[6]}, born ${IDENTIFIERS[7]}, from ${IDENTIFIERS[8]}, chart ${IDENTIFIERS[9]}. I have a sore throat, what helps?`;
// Words of the person's situation must not be logged either.
const SITUATION_WORDS = ['sore throat', 'crushing', 'Featherstonehaugh'];

describe('logs of a real server (spawned)', () => {
  let serve: ServeProcess;
  let kb: string;

  beforeAll(async () => {
    kb = await copyKnowledge();
    serve = await startServe(kb, { LOG_LEVEL: 'trace' });
  });
  afterAll(async () => {
    serve.child.kill('SIGTERM');
    await serve.exited;
    await removeDir(kb);
  });

  it('never hold a message’s identifiers or words, whatever the outcome', async () => {
    const answered = await ask(serve.url, MESSAGE);
    expect(answered.status).toBe(200);
    expect(JSON.stringify(answered.body)).not.toContain('Featherstonehaugh'); // the reply never quotes either
    const emergency = await ask(serve.url, `${MESSAGE} Also my dad has crushing chest pain and is sweating`);
    expect(emergency.body.triage).toMatchObject({ level: 'emergency' });
    // Too long and malformed requests take the error paths.
    await ask(serve.url, `${MESSAGE} ${'x'.repeat(2_100)}`);
    await fetch(`${serve.url}/v1/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"question": "${MESSAGE}"`,
    });
    await fetch(`${serve.url}/v1/ask?question=${encodeURIComponent(MESSAGE)}`, { method: 'POST' });

    serve.child.kill('SIGTERM');
    await serve.exited;
    const logs = serve.stdout() + serve.stderr();
    expect(logs).toContain('"event":"answer"'); // the answers were logged, by id and outcome
    for (const secret of [...IDENTIFIERS, ...SITUATION_WORDS]) expect(logs).not.toContain(secret);
    expect(logs).not.toContain(encodeURIComponent(IDENTIFIERS[1] as string));
  });
});
