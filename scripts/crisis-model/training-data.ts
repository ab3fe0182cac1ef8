// The examples the crisis model learns from, all in this repository:
// - every vignette of the triage suite (test/fixtures/vignettes): crisis ones are positive, the
//   emergency, urgent and benign ones negative (an emergency rule outranks the model anyway);
// - ordinary chat to the bot, negative: the messages of three chat sets (questions, thanks, jokes,
//   weather), so that everyday small talk never reads as crisis. The other two chat sets
//   (gp30c, gp30d) and COVID-Q stay out, to measure false alarms on messages it never saw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrainingExample } from '../../src/core/triage/crisis-model/train.js';

export const CHAT_SETS = ['bench/chat-eval', 'bench/chat-eval-gp30', 'bench/chat-eval-gp30b'];
const VIGNETTE_FILES = ['benign', 'crisis', 'emergency', 'urgent'];

function jsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function vignetteExamples(dir: string): TrainingExample[] {
  return VIGNETTE_FILES.flatMap((name) =>
    jsonLines<{ text: string; expected: string }>(join(dir, `${name}.jsonl`)).map((v) => ({
      text: v.text,
      crisis: v.expected === 'crisis',
    })),
  );
}

export function crisisTrainingData(root: string): TrainingExample[] {
  const chat = CHAT_SETS.flatMap((set) =>
    jsonLines<{ q: string }>(join(root, set, 'queries.jsonl')).map((m) => ({ text: m.q, crisis: false })),
  );
  return [...vignetteExamples(join(root, 'test/fixtures/vignettes')), ...chat];
}
