// The identifier kinds redaction knows, and a found span of text (offsets on the original).

export const IDENTIFIER_KINDS = [
  'NAME',
  'PHONE',
  'EMAIL',
  'SSN',
  'MRN',
  'HEALTH_PLAN',
  'ACCOUNT',
  'LICENSE',
  'ADDRESS',
  'ZIP',
  'DATE',
  'AGE',
  'URL',
  'IP',
  'DEVICE',
  'VEHICLE',
] as const;

export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export interface Span {
  kind: IdentifierKind;
  start: number;
  end: number;
  /** Higher wins when two spans overlap. */
  priority: number;
}
