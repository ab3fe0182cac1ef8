// Chat set: `npx tsx bench/chat.ts [--kb DIR] [--queries FILE] [--misses]`. Realistic chat
// messages over the bundled knowledge through the real ask path, with the bars of the hidden
// 30-entry general-practice set (issue 2).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entry } from '../src/core/types.js';
import { CHAT_SET_BARS, chatSetMisses, runChatSet } from './lib/chat-set.js';
import { describeMachine } from './lib/machine.js';
import { byKind } from './lib/metrics.js';
import { seededRandom } from './lib/synthetic-kb.js';
import { formatNumber, markdownTable } from './lib/table.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const knowledgeDir = resolve(option('--kb') ?? join(repoRoot, 'knowledge'));
const queriesFile = resolve(option('--queries') ?? join(repoRoot, 'bench', 'chat-eval', 'queries.jsonl'));

const out = (text: string) => process.stdout.write(`${text}\n`);

// --subsample N: the same messages over 6 seeded random N-entry subsets of the knowledge, as a
// check that the defaults hold on a smaller knowledge base (the hidden set has 30 entries).
const subsample = option('--subsample');
if (subsample !== undefined) {
  const size = Number(subsample);
  const rows: string[][] = [];
  for (let seed = 1; seed <= 6; seed++) {
    const random = seededRandom(seed);
    const keep = (entries: readonly Entry[]) =>
      entries
        .map((entry) => ({ entry, order: random() }))
        .sort((a, b) => a.order - b.order)
        .slice(0, size)
        .map(({ entry }) => entry);
    const run = await runChatSet(knowledgeDir, queriesFile, keep);
    rows.push(
      [seed, run.top1, run.resolved, run.wrongAnswerShare, run.offTopicNoAnswer, run.uncoveredNoAnswer].map(
        (value, i) => (i === 0 ? String(value) : formatNumber(value)),
      ),
    );
  }
  out(
    `# Chat set over 6 random ${size}-entry subsets of ${knowledgeDir} (removed entries' messages count as uncovered)\n`,
  );
  out(
    markdownTable(
      ['seed', 'top1', 'resolved', 'wrong share', 'off_topic no-answer', 'uncovered no-answer'],
      rows,
    ),
  );
  process.exit(0);
}

const result = await runChatSet(knowledgeDir, queriesFile);
out(`# Chat set (${result.results.length} messages over ${knowledgeDir}) — ${describeMachine()}\n`);
out(
  markdownTable(
    ['kind', 'messages', 'top1', 'answered', 'clarify', 'no-answer', 'ms/query'],
    [...byKind(result.results)].map(([kind, metrics]) => [
      kind,
      String(metrics.queries),
      formatNumber(metrics.top1),
      formatNumber(metrics.answerRate),
      formatNumber(metrics.clarifyRate),
      formatNumber(metrics.noAnswerRate),
      formatNumber(metrics.msPerQuery),
    ]),
  ),
);
out('\n## Bars (hidden general-practice set, issue 2)');
const checks: [string, number, boolean, string][] = [
  ['top1', result.top1, result.top1 >= CHAT_SET_BARS.top1, `≥ ${CHAT_SET_BARS.top1}`],
  ['resolved', result.resolved, result.resolved >= CHAT_SET_BARS.resolved, `≥ ${CHAT_SET_BARS.resolved}`],
  [
    `wrong share of ${result.answers} direct answers`,
    result.wrongAnswerShare,
    result.wrongAnswerShare <= CHAT_SET_BARS.wrongAnswerShare,
    `≤ ${CHAT_SET_BARS.wrongAnswerShare}`,
  ],
  [
    'off_topic no-answer',
    result.offTopicNoAnswer,
    result.offTopicNoAnswer >= CHAT_SET_BARS.offTopicNoAnswer,
    `≥ ${CHAT_SET_BARS.offTopicNoAnswer}`,
  ],
  [
    'uncovered no-answer',
    result.uncoveredNoAnswer,
    result.uncoveredNoAnswer >= CHAT_SET_BARS.uncoveredNoAnswer,
    `≥ ${CHAT_SET_BARS.uncoveredNoAnswer}`,
  ],
];
for (const [label, value, ok, bar] of checks)
  out(`${ok ? 'PASS' : 'FAIL'} ${label} ${formatNumber(value)} (${bar})`);
if (process.argv.includes('--misses')) {
  out('\n## Not resolved');
  for (const line of chatSetMisses(result)) out(`  ${line}`);
}
process.exitCode = checks.every(([, , ok]) => ok) ? 0 : 2;
