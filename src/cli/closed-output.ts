// `vetted ask --explain … | head -20` closes the pipe before everything is written. The reader
// has what it wanted, so the command ends quietly with status 0 instead of dying on the write
// error (EPIPE) with a stack trace. Other write errors are real problems and still surface.
export function exitQuietlyWhenOutputCloses(
  streams: readonly NodeJS.WriteStream[] = [process.stdout, process.stderr],
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      exit(0);
    });
  }
}
