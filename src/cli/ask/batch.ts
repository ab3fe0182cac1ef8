// `vetted ask --batch`: JSON lines in, one JSON line out per input, in order. A bad line gets an
// {"error"} line in its place; every other line is still answered.
import { createInterface } from 'node:readline';
import type { AnswerService } from '../../core/answer-service.js';
import { toAskJson } from './ask-json.js';

export interface BatchResult {
  answered: number;
  failed: number;
}

function questionOf(line: string): { q: string } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON: write one object per line, like {"q": "what helps a sore throat"}' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'expected a JSON object like {"q": "..."}' };
  }
  const q = (value as { q?: unknown }).q;
  if (typeof q !== 'string') return { error: 'missing "q": give the question as a string in "q"' };
  if (q.trim() === '') return { error: '"q" is empty: write a question' };
  return { q };
}

export async function runBatch(
  input: NodeJS.ReadableStream,
  answers: AnswerService,
  write: (line: string) => void,
): Promise<BatchResult> {
  const result: BatchResult = { answered: 0, failed: 0 };
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber += 1;
    if (raw.trim() === '') continue;
    const parsed = questionOf(raw);
    if ('error' in parsed) {
      result.failed += 1;
      write(JSON.stringify({ error: `line ${lineNumber}: ${parsed.error}` }));
      continue;
    }
    const answer = await answers.answer({
      text: parsed.q,
      platform: 'cli',
      requestId: `batch-${lineNumber}`,
    });
    result.answered += 1;
    write(JSON.stringify(toAskJson(parsed.q, answer)));
  }
  return result;
}
