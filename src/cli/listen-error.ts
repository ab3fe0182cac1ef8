// Why `vetted serve` could not listen, as one line naming HOST or PORT and the fix; null for an
// error that is not about the address (a real bug, left to surface with its stack).
const HOST_FIX = 'Set HOST (or --host) to 127.0.0.1 for this machine only or 0.0.0.0 for every interface';

export function listenErrorMessage(error: unknown, host: string, port: number): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EADDRINUSE':
      return `cannot listen on ${host}:${port}: PORT ${port} is already in use (EADDRINUSE). Stop the other program, or choose another port with --port N or PORT.`;
    case 'EACCES':
      return `cannot listen on ${host}:${port}: not allowed to use PORT ${port} (EACCES; ports below 1024 need extra privileges). Choose a port from 1024 to 65535 with --port N or PORT.`;
    // A name the resolver does not know (EAI_AGAIN: no answer from DNS at all).
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return `cannot listen on HOST=${host}: no such host name (${code}). ${HOST_FIX}.`;
    // An address that belongs to no network interface of this machine.
    case 'EADDRNOTAVAIL':
      return `cannot listen on HOST=${host}: that address is not on this machine (${code}). ${HOST_FIX}.`;
    case 'EAFNOSUPPORT':
    case 'EINVAL':
      return `cannot listen on HOST=${host} PORT=${port} (${code}). ${HOST_FIX}.`;
    default:
      return null;
  }
}
