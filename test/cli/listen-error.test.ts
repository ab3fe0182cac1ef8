// The one line `vetted serve` prints when it cannot listen. Host names that do not resolve are
// checked here with the error Node gives (a spawned test would need a DNS lookup, off 127.0.0.1);
// test/e2e/serve-output.test.ts covers an address not on this machine and a taken port for real.
import { describe, expect, it } from 'vitest';
import { listenErrorMessage } from '../../src/cli/listen-error.js';

const FIX = 'Set HOST (or --host) to 127.0.0.1 for this machine only or 0.0.0.0 for every interface.';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`getaddrinfo ${code} not-a-host`), { code });
}

describe('listenErrorMessage', () => {
  it('names HOST and the fix for a host name that does not resolve', () => {
    for (const code of ['ENOTFOUND', 'EAI_AGAIN']) {
      const message = listenErrorMessage(errno(code), 'not-a-host', 3000);
      expect(message).toMatch(/^cannot listen on HOST=not-a-host: no such host name/);
      expect(message).toContain(FIX);
      expect(message).not.toContain('\n');
    }
  });

  it('names PORT and a usable range when the port needs privileges', () => {
    expect(listenErrorMessage(errno('EACCES'), '0.0.0.0', 80)).toMatch(
      /not allowed to use PORT 80 .*from 1024 to 65535 with --port N or PORT/,
    );
  });

  it('leaves an error that is not about the address to surface as it is', () => {
    expect(listenErrorMessage(new Error('boom'), '127.0.0.1', 3000)).toBeNull();
    expect(listenErrorMessage(errno('EMFILE'), '127.0.0.1', 3000)).toBeNull();
  });
});
