// The pino logger: typed fields through, anything that could carry a question redacted.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, pathOnly } from '../../src/runtime/logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('writes typed fields as JSON', () => {
    const { lines, stream } = capture();
    const logger = createLogger({ level: 'info', destination: stream });
    logger.info({ event: 'answer', outcome: 'answer', entry: 'sore-throat', triage: null, ms: 1.5 });
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ event: 'answer', entry: 'sore-throat', ms: 1.5 });
  });

  it('redacts question, text and body fields even if a caller slips one in', () => {
    const { lines, stream } = capture();
    const logger = createLogger({ level: 'info', destination: stream });
    const sneaky = {
      event: 'oops',
      question: 'my secret rash',
      text: 'secret',
      body: { question: 'secret' },
    };
    logger.info(sneaky as never);
    expect(lines.join('')).not.toContain('secret');
    expect(lines.join('')).toContain('[redacted]');
  });

  it('logs requests by path only, without the query string', () => {
    const { lines, stream } = capture();
    const logger = createLogger({ level: 'info', destination: stream });
    logger.info(
      { req: { id: 'r1', method: 'GET', url: '/v1/ask?question=my+secret+rash' } } as never,
      'incoming',
    );
    logger.error({
      err: Object.assign(new SyntaxError('Unexpected token in "my secret rash"'), { code: 'X' }),
    } as never);
    const out = lines.join('');
    expect(out).toContain('"path":"/v1/ask"');
    expect(out).not.toContain('secret');
  });

  it('keeps a plain path as it is', () => {
    expect(pathOnly('/v1/entries/flu#x')).toBe('/v1/entries/flu');
    expect(pathOnly('/healthz')).toBe('/healthz');
    expect(pathOnly(undefined)).toBe('');
  });
});
