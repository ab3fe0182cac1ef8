// Redaction of personal identifiers (HIPAA Safe Harbor list) before anything is logged or stored.
// Recall matters more than precision: a redacted word too many costs little, a leaked one a lot.
import { findIdentifiers } from './find-identifiers.js';
import type { IdentifierKind } from './span.js';

export { isSensitive } from './sensitivity.js';
export { IDENTIFIER_KINDS, type IdentifierKind } from './span.js';

export interface Redaction {
  /** The text with each identifier replaced by a placeholder like [PHONE]. */
  text: string;
  /** What was found, with offsets in the ORIGINAL text, in reading order. */
  found: { kind: IdentifierKind; start: number; end: number }[];
}

export function redact(text: string): Redaction {
  const spans = findIdentifiers(text);
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += `${text.slice(at, span.start)}[${span.kind}]`;
    at = span.end;
  }
  out += text.slice(at);
  return { text: out, found: spans.map(({ kind, start, end }) => ({ kind, start, end })) };
}
