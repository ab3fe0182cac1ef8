// Compiles synonym groups into a phrase table: every word or phrase of a group is rewritten
// to the group's canonical token, so "pink eye" in a message meets "conjunctivitis" in an entry.
import type { SynonymGroup } from '../types.js';

export interface PhraseTable {
  /** First stem of a phrase -> phrases starting with it, longest first. */
  byFirstStem: ReadonlyMap<string, readonly CompiledPhrase[]>;
  /** Every stem that occurs in some group (part of the vocabulary typos are corrected to). */
  stems: ReadonlySet<string>;
  /** Canonical token -> the group's first member as written, for explanations. */
  labels: ReadonlyMap<string, string>;
}

export interface CompiledPhrase {
  stems: readonly string[];
  canonical: string;
}

/** Groups are applied in file order: a phrase listed twice keeps its first group. */
export function compilePhraseTable(
  groups: readonly SynonymGroup[],
  toStems: (phrase: string) => string[],
): PhraseTable {
  const byFirstStem = new Map<string, CompiledPhrase[]>();
  const seen = new Set<string>();
  const stems = new Set<string>();
  const labels = new Map<string, string>();
  for (const group of groups) {
    const members = group.map(toStems).filter((memberStems) => memberStems.length > 0);
    const first = members[0];
    if (first === undefined || members.length < 2) continue;
    const canonical = `~${first.join('_')}`;
    if (!labels.has(canonical))
      labels.set(canonical, `${group.find((member) => toStems(member).length > 0)} (synonyms)`);
    for (const memberStems of members) {
      const key = memberStems.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      for (const stem of memberStems) stems.add(stem);
      const head = memberStems[0] as string;
      const list = byFirstStem.get(head) ?? [];
      list.push({ stems: memberStems, canonical });
      byFirstStem.set(head, list);
    }
  }
  for (const list of byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { byFirstStem, stems, labels };
}

/** The longest phrase of the table that starts at `start` in `stems`, if any. */
export function phraseAt(table: PhraseTable, stems: readonly string[], start: number): CompiledPhrase | null {
  const candidates = table.byFirstStem.get(stems[start] as string);
  if (candidates === undefined) return null;
  for (const phrase of candidates) {
    if (start + phrase.stems.length > stems.length) continue;
    if (phrase.stems.every((stem, offset) => stems[start + offset] === stem)) return phrase;
  }
  return null;
}
