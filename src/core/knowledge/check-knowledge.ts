// Checks a whole knowledge folder against knowledge-format.md and reports every problem at once.
// `checkKnowledgeFiles` is pure (files in, result out); `checkKnowledge` reads the folder first.

import { parseTriageFile } from '../triage/parse-triage-file.js';
import type { Entry, KnowledgeSettings, Problem, SynonymGroup, TriageRule } from '../types.js';
import { checkCrossEntryRules } from './cross-entry-rules.js';
import { todayUtc } from './dates.js';
import { decodeText } from './decode-text.js';
import { DEFAULT_SETTINGS } from './default-settings.js';
import { knowledgeVersion } from './knowledge-version.js';
import { literalNumberProblems } from './literal-numbers.js';
import { type EntryFacts, parseEntryFile } from './parse-entry-file.js';
import { parseSettingsFile, SETTINGS_FILE } from './parse-settings-file.js';
import { parseSynonymsFile, SYNONYMS_FILE } from './parse-synonyms-file.js';
import { problem, sortProblems } from './problem.js';
import {
  ENTRIES_FOLDER,
  type KnowledgeFile,
  type ReadFile,
  readKnowledgeFolder,
} from './read-knowledge-folder.js';
import { applySettingsToTriage } from './triage-messages.js';

export const TRIAGE_FILE = 'triage.yaml';

export interface CheckOptions {
  /** Today's date (YYYY-MM-DD) for review_due warnings; injected for tests. Default: today in UTC. */
  today?: string;
  /** Entry files that exist but could not be read (set by checkKnowledge). */
  unreadableEntries?: readonly string[];
  /** Reads one file; injected by tests to fake errors that root would not get. */
  readFile?: ReadFile;
}

export interface KnowledgeCheck {
  /** Absolute path of the folder (empty for an in-memory check). */
  dir: string;
  /** Entries whose files have no errors (the whole folder may still have some). */
  entries: Entry[];
  /** How many entry files were found, valid or not. */
  entryFileCount: number;
  synonyms: SynonymGroup[];
  triageRules: TriageRule[];
  settings: KnowledgeSettings;
  version: string;
  /** Errors and warnings, sorted by file and line. */
  problems: Problem[];
}

export async function checkKnowledge(dir: string, options: CheckOptions = {}): Promise<KnowledgeCheck> {
  const folder = await readKnowledgeFolder(dir, options.readFile);
  const unreadableEntries = folder.problems
    .filter((found) => found.code === 'file-unreadable' && found.file.startsWith(`${ENTRIES_FOLDER}/`))
    .map((found) => found.file);
  const result = checkKnowledgeFiles(folder.files, { ...options, unreadableEntries });
  if (!folder.readable) return { ...result, dir: folder.dir, problems: folder.problems };
  return {
    ...result,
    dir: folder.dir,
    entryFileCount: result.entryFileCount + unreadableEntries.length,
    problems: sortProblems([...folder.problems, ...result.problems]),
  };
}

export function checkKnowledgeFiles(
  files: readonly KnowledgeFile[],
  options: CheckOptions = {},
): KnowledgeCheck {
  const today = options.today ?? todayUtc();
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const facts: EntryFacts[] = [];
  const entryFiles = files
    .filter((file) => file.path.startsWith(`${ENTRIES_FOLDER}/`) && file.path.endsWith('.md'))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of entryFiles) {
    const result = parseEntryFile(file.path, file.bytes, today);
    problems.push(...result.problems);
    facts.push(result.facts);
    if (result.entry) entries.push(result.entry);
  }
  problems.push(...checkCrossEntryRules(facts, options.unreadableEntries));

  const rootText = (name: string): string | undefined => {
    const file = files.find((candidate) => candidate.path === name);
    if (!file) return undefined;
    const decoded = decodeText(file.bytes, name);
    if (decoded.ok) return decoded.text;
    problems.push(decoded.problem);
    return undefined;
  };

  let settings: KnowledgeSettings = { ...DEFAULT_SETTINGS };
  const settingsText = rootText(SETTINGS_FILE);
  if (settingsText !== undefined) {
    const parsed = parseSettingsFile(settingsText, SETTINGS_FILE);
    settings = parsed.settings;
    problems.push(...parsed.problems);
  }

  let synonyms: SynonymGroup[] = [];
  const synonymsText = rootText(SYNONYMS_FILE);
  if (synonymsText !== undefined) {
    const parsed = parseSynonymsFile(synonymsText, SYNONYMS_FILE);
    synonyms = parsed.groups;
    problems.push(...parsed.problems);
  }

  let triageRules: TriageRule[] = [];
  const triageText = rootText(TRIAGE_FILE);
  if (triageText !== undefined) {
    const parsed = parseTriageFile(triageText, TRIAGE_FILE);
    const applied = applySettingsToTriage(parsed.rules, triageText, TRIAGE_FILE, settings);
    triageRules = applied.rules;
    problems.push(...parsed.problems, ...applied.problems);
  } else if (!files.some((file) => file.path === TRIAGE_FILE)) {
    problems.push(
      problem(
        'warning',
        TRIAGE_FILE,
        undefined,
        'triage-missing',
        'there is no triage.yaml, so no red-flag message (emergency, crisis, urgent) can come before an answer.',
        'Copy triage.yaml from the bundled knowledge/ folder and have a clinician adapt it.',
      ),
    );
  }

  for (const file of entryFiles) problems.push(...entryNumberProblems(file, settings));

  return {
    dir: '',
    entries,
    entryFileCount: entryFiles.length,
    synonyms,
    triageRules,
    settings,
    version: knowledgeVersion(files),
    problems: sortProblems(withoutKnockOns(problems, facts)),
  };
}

/** A duplicate id already says which id to change; "rename the file" beside it would contradict it. */
function withoutKnockOns(problems: readonly Problem[], facts: readonly EntryFacts[]): Problem[] {
  const count = new Map<string, number>();
  for (const entry of facts) if (entry.id) count.set(entry.id.value, (count.get(entry.id.value) ?? 0) + 1);
  const duplicated = new Set(
    facts.filter((entry) => entry.id && (count.get(entry.id.value) ?? 0) > 1).map((entry) => entry.file),
  );
  return problems.filter((found) => !(found.code === 'file-name-mismatch' && duplicated.has(found.file)));
}

/** Entries cannot use placeholders: a number written out must be one that settings.yaml sets. */
function entryNumberProblems(file: KnowledgeFile, settings: KnowledgeSettings): Problem[] {
  const decoded = decodeText(file.bytes, file.path);
  if (!decoded.ok) return [];
  return decoded.text
    .split('\n')
    .flatMap((text, index) =>
      literalNumberProblems(
        text,
        { file: file.path, line: index + 1, what: 'the entry' },
        settings,
        (token) =>
          `Change "${token}" to the number settings.yaml sets, or write "call emergency services" and let the bot add the number.`,
      ),
    );
}
