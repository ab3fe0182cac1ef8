// The vocabulary every part of vetted shares. No platform types here: adapters translate
// their events into a Question and render an Answer in their own idiom.

/** How strongly an entry's answer must point to care (front matter `escalation`). */
export type Escalation = 'none' | 'see-clinician' | 'urgent' | 'emergency';

/** Red-flag levels, most severe first in `TRIAGE_LEVELS`. */
export type TriageLevel = 'emergency' | 'crisis' | 'urgent';
export const TRIAGE_LEVELS: readonly TriageLevel[] = ['emergency', 'crisis', 'urgent'];

/** What the bot decided to do with a question. */
export type Outcome = 'answer' | 'clarify' | 'no-answer';

export interface Source {
  title: string;
  url: string;
}

/** One knowledge entry, parsed and validated from `knowledge/entries/**.md`. */
export interface Entry {
  id: string;
  title: string;
  questions: string[];
  tags: string[];
  escalation: Escalation;
  seeClinicianIf: string[];
  sources: Source[];
  status: 'draft' | 'reviewed';
  reviewedBy?: string;
  /** YYYY-MM-DD */
  reviewedOn?: string;
  /** YYYY-MM-DD */
  reviewDue?: string;
  locale: string;
  related: string[];
  /** The vetted answer, Markdown. */
  body: string;
  /** Path of the file relative to the knowledge folder, for messages and audit. */
  file: string;
  /** sha256 (hex, first 16 chars) of the file's bytes: which exact text was served. */
  contentHash: string;
}

/** A group of words a patient may use for the same thing (synonyms.yaml). */
export type SynonymGroup = string[];

/** One red-flag rule from triage.yaml: its shape is owned by the triage module. */
export type { TriageRule } from './triage/rule.js';

import type { TriageRule } from './triage/rule.js';

/** Locale settings from settings.yaml, with US defaults. */
export interface KnowledgeSettings {
  locale: string;
  emergencyNumber: string;
  emergencyText: string;
  crisisLine: string;
  crisisText: string;
  poisonControl: string;
  disclaimer: string;
  noAnswerText: string;
  /** Instead of noAnswerText when a red flag already told the person what to do now. */
  noAnswerAfterEscalationText: string;
  draftNotice: string;
}

export type Severity = 'error' | 'warning';

/** A problem found in a knowledge file: where, what, and how to fix it. */
export interface Problem {
  severity: Severity;
  /** Path relative to the knowledge folder (or absolute when outside it). */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** Stable machine-readable code, e.g. `unknown-field`. */
  code: string;
  message: string;
  fix: string;
}

/** A whole knowledge folder, loaded and validated. */
export interface Knowledge {
  dir: string;
  entries: Entry[];
  byId: ReadonlyMap<string, Entry>;
  synonyms: SynonymGroup[];
  triageRules: TriageRule[];
  settings: KnowledgeSettings;
  /** Hash over every file's content: which knowledge answered. */
  version: string;
  loadedAt: string;
  /** Warnings kept for status pages; a loaded Knowledge never holds errors. */
  warnings: Problem[];
}

export type LoadResult = { ok: true; knowledge: Knowledge } | { ok: false; problems: Problem[] };

/** Where a question came from; adapters fill this so the core can decide about privacy. */
export type Platform = 'cli' | 'http' | 'slack' | 'discord';
export type ChannelKind = 'direct' | 'public' | 'private';

export interface Question {
  text: string;
  platform: Platform;
  channelKind?: ChannelKind;
  locale?: string;
  /** Correlates logs; never derived from the text. */
  requestId?: string;
}

/** One ranked candidate with the evidence behind its score (for --explain). */
export interface RankedEntry {
  entryId: string;
  score: number;
  matches: { term: string; field: 'question' | 'title' | 'tag' | 'body'; matchedAs: string }[];
}

export interface RetrievalResult {
  outcome: Outcome;
  /** Best first; may be longer than the 3 candidates shown. */
  ranked: RankedEntry[];
  /**
   * How many entries from the top of `ranked` to offer: 1 for an answer, 0 for no-answer, and for
   * a choice only those that fit about as well as the best (1-3): an entry far behind is noise.
   */
  offered: number;
  /** 0..1: how sure retrieval is of ranked[0]. */
  confidence: number;
  /** Why the decision was taken, in words, for --explain. */
  reason: string;
}

export interface TriageResult {
  level: TriageLevel;
  rule: string;
  message: string;
}

/** The escalation block an adapter must show prominently (first for emergency/crisis). */
export interface EscalationBlock {
  level: TriageLevel | 'entry-urgent' | 'entry-emergency';
  /** From triage (rule id) or the entry id whose escalation applies. */
  source: string;
  text: string;
  /** Numbers a person can tap or call: label + number (tel: href built by adapters). */
  contacts: { label: string; number: string }[];
}

export interface ClarifyChoice {
  entryId: string;
  title: string;
}

export interface ReviewStamp {
  status: 'draft' | 'reviewed';
  reviewedBy?: string;
  reviewedOn?: string;
  /** "Reviewed by … on …" or "Draft: not yet reviewed by a clinician". */
  text: string;
}

/** The platform-neutral reply every adapter renders. */
export interface Answer {
  outcome: Outcome;
  triage: { level: TriageLevel | null; rule: string | null };
  /** Shown first when present and level is emergency or crisis. */
  escalation: EscalationBlock | null;
  title: string | null;
  /** Vetted Markdown body, or the no-answer text. */
  body: string;
  sources: Source[];
  review: ReviewStamp | null;
  seeClinicianIf: string[];
  related: ClarifyChoice[];
  choices: ClarifyChoice[];
  disclaimer: string;
  /** The question held identifiers or first-person health details: reply privately in public. */
  sensitive: boolean;
  /** For --json and logs. */
  entry: string | null;
  candidates: string[];
  confidence: number;
  audit: { entryId: string | null; contentHash: string | null; knowledgeVersion: string };
  /** The whole reply as plain text, in reading order. */
  text: string;
}
