// Runs every detector and keeps, for each stretch of text, the strongest identifier found there.
import { detectNames } from './detect-names.js';
import { detectPlaces } from './detect-places.js';
import { detectStructured, hasStructuredIdentifier } from './detect-structured.js';
import type { Span } from './span.js';

export function findIdentifiers(text: string): Span[] {
  const candidates = [...detectStructured(text), ...detectPlaces(text), ...detectNames(text)];
  // Strongest first (then longest): each character belongs to at most one identifier.
  candidates.sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Span[] = [];
  for (const span of candidates) {
    if (kept.some((k) => k.start < span.end && span.start < k.end)) continue;
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether findIdentifiers would find anything: any candidate at all is kept, so stop at the first. */
export function hasIdentifier(text: string): boolean {
  return hasStructuredIdentifier(text) || detectPlaces(text).length > 0 || detectNames(text).length > 0;
}
