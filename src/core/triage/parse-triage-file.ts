// Parses and checks knowledge/triage.yaml: the schema, the phrases and checks, and then every
// rule's own examples, so a clinician who edits a rule sees at once what it catches and misses.
import { LineCounter, type Node, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../types.js';
import { type CompiledRule, compileRule, MessageContext } from './compile-rule.js';
import { rememberCompiled } from './compiled-rules.js';
import type { MatchItem, TriageRule } from './rule.js';
import { Vocabulary } from './vocabulary.js';

const phraseText = z.string().trim().min(1, 'a phrase must not be empty');
const checkItem = z.strictObject({ check: z.string().trim().min(1) });
const matchPart = z.union([phraseText, checkItem, z.array(z.union([phraseText, checkItem])).min(1)]);
const allGroup = z.strictObject({
  all: z.array(matchPart).min(2, 'an `all:` group needs at least two parts'),
  within: z.enum(['sentence', 'message']).default('message'),
});
const ruleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. chest-pain'),
  level: z.enum(['emergency', 'crisis', 'urgent']),
  message: z.string().trim().min(1),
  match: z.array(z.union([phraseText, checkItem, allGroup])).min(1),
  not: z.array(phraseText).default([]),
  means_it: z.array(phraseText).default([]),
  questions: z.enum(['skip', 'escalate']).default('skip'),
  examples: z.strictObject({
    trigger: z.array(z.string().min(1)).min(1, 'give at least one message the rule must catch'),
    ignore: z.array(z.string().min(1)).default([]),
  }),
});
const fileSchema = z.strictObject({
  version: z.literal(1).optional(),
  words: z.record(z.string().regex(/^[a-z0-9-]+$/), z.array(phraseText).min(1)).default({}),
  rules: z.array(ruleSchema).min(1, 'add at least one rule'),
});

export function parseTriageFile(text: string, file: string): { rules: TriageRule[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const problem = (line: number | undefined, code: string, message: string, fix: string) =>
    problems.push({ severity: 'error', file, ...(line ? { line } : {}), code, message, fix });

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problem(
        error.linePos?.[0]?.line,
        'yaml-syntax',
        `${file} is not valid YAML: ${error.message.split('\n')[0]}`,
        'Check the indentation and quotes on that line; put phrases with a colon or # in double quotes.',
      );
    }
    return { rules: [], problems };
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    // The deepest node that exists along the path.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
      const offset = node?.range?.[0];
      if (offset !== undefined) return lineCounter.linePos(offset).line;
    }
    return undefined;
  };

  const parsed = fileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const where = path.length > 0 ? ` at ${path.join('.')}` : '';
      problem(lineOf(path), 'triage-schema', `${file}${where}: ${issue.message}`, schemaFix(path));
    }
    return { rules: [], problems };
  }

  const rules: TriageRule[] = [];
  const seen = new Set<string>();
  parsed.data.rules.forEach((raw, index) => {
    const line = lineOf(['rules', index]);
    if (seen.has(raw.id)) {
      problem(
        line,
        'triage-duplicate-id',
        `two rules in ${file} have the id "${raw.id}"`,
        'Give each rule its own id.',
      );
    }
    seen.add(raw.id);
    rules.push({
      id: raw.id,
      level: raw.level,
      message: raw.message,
      match: raw.match as MatchItem[],
      not: raw.not,
      meansIt: raw.means_it,
      questions: raw.questions,
      words: parsed.data.words,
      examples: { trigger: raw.examples.trigger, ignore: raw.examples.ignore },
      ...(line ? { line } : {}),
    });
  });

  // Compile every rule into one vocabulary before running any example.
  const vocabulary = new Vocabulary();
  const compiled: (CompiledRule | null)[] = rules.map((rule) => {
    const result = compileRule(rule, vocabulary);
    if (result.ok) {
      rememberCompiled(result.compiled, vocabulary); // the classifier reuses it: compiling is slow
      return result.compiled;
    }
    for (const p of result.problems) problem(rule.line, 'triage-phrase', p.message, p.fix);
    return null;
  });

  rules.forEach((rule, index) => {
    const compiledRule = compiled[index];
    if (!compiledRule) return;
    const fires = (example: string) => compiledRule.matches(new MessageContext(example, vocabulary));
    rule.examples.trigger.forEach((example, k) => {
      if (fires(example)) return;
      problem(
        lineOf(['rules', index, 'examples', 'trigger', k]),
        'triage-example-missed',
        `rule "${rule.id}" (${rule.level}) does not catch its trigger example "${example}"`,
        "Add a phrase or word variant to the rule's `match:` so it catches this message, or move the example to `ignore:` if it should not escalate.",
      );
    });
    rule.examples.ignore.forEach((example, k) => {
      if (!fires(example)) return;
      problem(
        lineOf(['rules', index, 'examples', 'ignore', k]),
        'triage-example-caught',
        `rule "${rule.id}" (${rule.level}) catches its ignore example "${example}"`,
        "Narrow the matching phrase, or add the figure of speech to the rule's `not:` list, or move the example to `trigger:` if it should escalate.",
      );
    });
  });
  // Every rule that compiles is returned, even beside errors elsewhere: the errors stop
  // `kb check` and loading, but a caller that must keep triaging loses only the broken rule.
  return { rules: rules.filter((_, index) => compiled[index] !== null), problems };
}

function schemaFix(path: (string | number)[]): string {
  const last = path[path.length - 1];
  const field = typeof last === 'number' ? path[path.length - 2] : last;
  switch (field) {
    case 'level':
      return 'Use one of: emergency, crisis, urgent.';
    case 'id':
      return 'Use lower-case words joined by hyphens, e.g. `id: chest-pain`.';
    case 'match':
      return 'List phrases, `- check: infant-fever`, or `- all: [..]` groups under `match:`.';
    case 'examples':
    case 'trigger':
    case 'ignore':
      return 'Give `examples:` with `trigger:` (messages the rule must catch) and `ignore:` (messages it must not).';
    case 'questions':
      return 'Use `questions: skip` (information questions do not fire the rule) or `questions: escalate`.';
    case 'words':
      return 'Under `words:` give each list a lower-case name and a list of words, e.g. `pain: [pain*, hurt*, ache*]`.';
    default:
      return 'See the comment at the top of triage.yaml for the format of a rule.';
  }
}
