// The questions the HTTP and answer-path benchmarks send, shared so both measure the same load.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A mix of what people ask: answers, an ambiguous word, no-answer, and red flags. */
export const QUESTION_MIX: readonly string[] = [
  'what helps a sore throat',
  'how long do flu symptoms last',
  'flu',
  'is it a cold or the flu',
  'my child has a fever of 39, what should I do',
  'how do I get rid of a cough',
  'how do I change the oil in my car',
  'my dad has chest pain spreading to his arm and is sweating',
];

const CHAT_EVAL = fileURLToPath(new URL('../chat-eval/queries.jsonl', import.meta.url));

/** Questions people asked that the knowledge covers (bench/chat-eval, kind in_kb). */
export function chatEvalQuestions(): string[] {
  return readFileSync(CHAT_EVAL, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { q: string; kind: string })
    .filter((query) => query.kind === 'in_kb')
    .map((query) => query.q);
}

/**
 * The question with its number written after it in spaces and tabs (binary): a text never sent
 * before, so it misses the answer cache, with the same answer as the question itself (the
 * retrieval and triage normalisers drop the whitespace: the whole answers were the same for
 * the chat-eval and mix questions with 300 numbers each, 1 to 2^24). A number in digits would
 * change some answers: digits are search terms.
 */
export function uniqueVariant(question: string, n: number): string {
  return `${question} ${n.toString(2).replaceAll('0', ' ').replaceAll('1', '\t')}`;
}
