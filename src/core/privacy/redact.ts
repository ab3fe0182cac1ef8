// Redaction of personal identifiers before anything is logged or stored. (Stub.)
export type IdentifierKind = string;

export interface Redaction {
  text: string;
  found: { kind: IdentifierKind; start: number; end: number }[];
}

export function redact(text: string): Redaction {
  return { text, found: [] };
}
