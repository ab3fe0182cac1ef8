// Shape of a red-flag rule from knowledge/triage.yaml (see the header of that file for the format).
import type { TriageLevel } from '../types.js';

/** A named structured check, e.g. `infant-fever` or `temperature >= 40 C` (see checks.ts). */
export interface CheckItem {
  check: string;
}

/** One thing that must be present: a phrase, a check, or a list of them (any one will do). */
export type MatchPart = string | CheckItem | (string | CheckItem)[];

/** Every part must be present, in the same sentence or anywhere in the message. */
export interface AllGroup {
  all: MatchPart[];
  within: 'sentence' | 'message';
}

/** A rule fires when any one of its match items is present. */
export type MatchItem = string | CheckItem | AllGroup;

export interface TriageRule {
  id: string;
  level: TriageLevel;
  /** Shown first, before any knowledge content. */
  message: string;
  match: MatchItem[];
  /** Figures of speech: a match that is part of one of these phrases does not count. */
  not: string[];
  /**
   * Phrases that say the person means it ("not joking", "for real though"): when one is in the
   * message, `not:` is set aside, so "kms lol ... no but actually i mean it" still fires.
   */
  meansIt: string[];
  /** `skip`: plain information questions ("what are the signs of …?") do not fire this rule. */
  questions: 'skip' | 'escalate';
  /** Word lists the phrases refer to as `~name` (shared by all rules of a file). */
  words: Readonly<Record<string, readonly string[]>>;
  /** Example messages the checker runs: `trigger` must match this rule, `ignore` must not. */
  examples: { trigger: string[]; ignore: string[] };
  /** 1-based line of the rule in triage.yaml, for messages. */
  line?: number;
}
