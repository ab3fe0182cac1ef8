// Discord turns a paste over 2,000 characters into a `message.txt` attachment and leaves the message
// (nearly) empty: the question, and any red flag in it, is in the file. This reads a small plain-text
// attachment from its URL (Discord's CDN). The text is handed to the core only: never logged.

/** Enough for any question; a bigger file is not a question to answer from vetted entries. */
export const MAX_ATTACHMENT_BYTES = 16 * 1024;
export const ATTACHMENT_TIMEOUT_MS = 5_000;

export interface AttachmentInfo {
  url: string;
  /** Bytes, as Discord reports it. */
  size: number;
  contentType: string | null;
  name: string;
}

export type AttachmentRead =
  | { ok: true; text: string }
  /** A fixed word for the log: too-big, timeout, network or http-<status>. */
  | { ok: false; reason: string };

/** The first plain-text attachment (message.txt is `text/plain; charset=utf-8`), or null. */
export function textAttachmentOf(attachments: Iterable<AttachmentInfo>): AttachmentInfo | null {
  for (const file of attachments) {
    const type = file.contentType?.toLowerCase() ?? '';
    if (type.startsWith('text/plain') || (!type && file.name.toLowerCase().endsWith('.txt'))) return file;
  }
  return null;
}

export async function readTextAttachment(
  file: AttachmentInfo,
  options: { timeoutMs?: number; maxBytes?: number } = {},
): Promise<AttachmentRead> {
  const maxBytes = options.maxBytes ?? MAX_ATTACHMENT_BYTES;
  if (file.size > maxBytes) return { ok: false, reason: 'too-big' };
  const signal = AbortSignal.timeout(options.timeoutMs ?? ATTACHMENT_TIMEOUT_MS);
  try {
    const response = await fetch(file.url, { signal });
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      return { ok: false, reason: `http-${response.status}` };
    }
    // The reported size could be wrong: stop reading past the limit.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of response.body) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        await response.body.cancel().catch(() => {});
        return { ok: false, reason: 'too-big' };
      }
      chunks.push(chunk);
    }
    return { ok: true, text: new TextDecoder('utf-8').decode(Buffer.concat(chunks)) };
  } catch (error) {
    return { ok: false, reason: (error as Error)?.name === 'TimeoutError' ? 'timeout' : 'network' };
  }
}
