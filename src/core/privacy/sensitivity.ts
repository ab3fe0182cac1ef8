// Whether a question holds identifiers or first-person health details. (Stub: the privacy module replaces this.)
export function isSensitive(_text: string): boolean {
  return false;
}
