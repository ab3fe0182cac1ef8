// The one thing logged about a failure: Slack's error code (invalid_blocks, ratelimited…) or the
// library's, never a message that could hold content.
export function codeOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const data = (error as { data?: { error?: unknown } }).data;
    if (typeof data?.error === 'string') return data.error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return error instanceof Error ? error.name : 'unknown';
}
