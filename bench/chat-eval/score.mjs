// Scores `vetted ask --batch` output against queries.jsonl with the metrics of the
// COVID-Q README (top1, answered_correct, clarify_hit, resolved, wrong_answer_share,
// and no-answer rates for off-topic and uncovered questions).
// Usage: node bin/vetted.js ask --batch bench/chat-eval/queries.jsonl > /tmp/out.jsonl
//        node bench/chat-eval/score.mjs bench/chat-eval/queries.jsonl /tmp/out.jsonl [--misses]
import { readFileSync } from 'node:fs';

const [queriesFile, resultsFile, flag] = process.argv.slice(2);
if (!queriesFile || !resultsFile) {
  console.error('usage: node bench/chat-eval/score.mjs QUERIES.jsonl RESULTS.jsonl [--misses]');
  process.exit(2);
}
const readLines = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
const queries = readLines(queriesFile);
const results = readLines(resultsFile);
if (queries.length !== results.length) {
  console.error(`${queriesFile} has ${queries.length} lines but ${resultsFile} has ${results.length}.`);
  process.exit(2);
}

const count = { in_kb: 0, off_topic: 0, uncovered: 0 };
const hits = { top1: 0, answered: 0, clarify: 0, offNoAnswer: 0, uncoveredNoAnswer: 0 };
let answers = 0;
let wrongAnswers = 0;
const misses = [];
queries.forEach((query, i) => {
  const result = results[i];
  count[query.kind] += 1;
  const best = result.candidates?.[0] ?? result.entry ?? null;
  if (result.outcome === 'answer') {
    answers += 1;
    if (result.entry !== query.expected) wrongAnswers += 1;
  }
  if (query.kind === 'in_kb') {
    if (best === query.expected) hits.top1 += 1;
    if (result.outcome === 'answer' && result.entry === query.expected) hits.answered += 1;
    else if (result.outcome === 'clarify' && result.candidates.includes(query.expected)) hits.clarify += 1;
    else misses.push(`${query.expected} <- ${result.outcome}:${best} | ${query.q}`);
  } else if (result.outcome === 'no-answer') {
    if (query.kind === 'off_topic') hits.offNoAnswer += 1;
    else hits.uncoveredNoAnswer += 1;
  } else {
    misses.push(`(${query.kind}) <- ${result.outcome}:${best} | ${query.q}`);
  }
});

const share = (n, d) => (d === 0 ? 'n/a' : (n / d).toFixed(3));
console.log(
  `queries: ${queries.length} (in_kb ${count.in_kb}, off_topic ${count.off_topic}, uncovered ${count.uncovered})`,
);
console.log(`top1               ${share(hits.top1, count.in_kb)}`);
console.log(`answered_correct   ${share(hits.answered, count.in_kb)}`);
console.log(`clarify_hit        ${share(hits.clarify, count.in_kb)}`);
console.log(`resolved           ${share(hits.answered + hits.clarify, count.in_kb)}`);
console.log(`wrong_answer_share ${share(wrongAnswers, answers)} (of ${answers} direct answers)`);
console.log(`off_topic no-answer ${share(hits.offNoAnswer, count.off_topic)}`);
console.log(`uncovered no-answer ${share(hits.uncoveredNoAnswer, count.uncovered)}`);
if (flag === '--misses') for (const line of misses) console.log(`  ${line}`);
