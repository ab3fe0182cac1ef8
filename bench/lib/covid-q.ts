// Reads the COVID-Q benchmark files (never copied into the repository) and turns each
// knowledge-base line into an entry file in the project's own format.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../../src/core/types.js';

export interface CovidKbLine {
  id: string;
  title: string;
  questions: string[];
  answer: string;
  sources: string[];
  has_answer: boolean;
}

export type QueryKind = 'in_kb' | 'oos_heldout_class' | 'oos_unclustered' | 'off_topic' | 'uncovered';

export interface LabelledQuery {
  q: string;
  expected: string | null;
  kind: QueryKind;
}

export const COVID_Q_SOURCE_URL = 'https://github.com/JerryWeiAI/COVID-Q';

export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function readCovidQ(dir: string): { kb: CovidKbLine[]; queries: LabelledQuery[] } {
  return {
    kb: readJsonLines<CovidKbLine>(join(dir, 'kb.jsonl')),
    queries: readJsonLines<LabelledQuery>(join(dir, 'queries.jsonl')),
  };
}

/** One entry file (front matter + body), valid per knowledge-format.md. */
export function entryFile(line: CovidKbLine): string {
  const front = {
    id: line.id,
    title: line.title,
    questions: line.questions,
    sources: line.sources.map((title) => ({ title, url: COVID_Q_SOURCE_URL })),
    status: 'draft',
  };
  // JSON is valid YAML, and it quotes every string safely.
  const yaml = Object.entries(front)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  return `---\n${yaml}\n---\n${line.answer}\n`;
}

/** The same entry built in memory, for baselines that need no loader. */
export function entryObject(line: CovidKbLine): Entry {
  return {
    id: line.id,
    title: line.title,
    questions: line.questions,
    tags: [],
    escalation: 'none',
    seeClinicianIf: [],
    sources: line.sources.map((title) => ({ title, url: COVID_Q_SOURCE_URL })),
    status: 'draft',
    locale: 'en',
    related: [],
    body: line.answer,
    file: `entries/${line.id}.md`,
    contentHash: '',
  };
}
