// Parses YAML and keeps a way back from any value to its line in the file, for problem reports.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Problem } from '../types.js';
import { problem } from './problem.js';

/** A step into parsed YAML: a mapping key or a list index. */
export type YamlPath = readonly (string | number)[];

export interface ParsedYaml {
  /** The plain JavaScript value (null for an empty document). */
  value: unknown;
  /** 1-based file line of the value at `path`, or of its closest existing parent. */
  lineOf(path: YamlPath): number;
  /** The text as written for a scalar at `path` (e.g. `000`, which YAML reads as the number 0). */
  sourceOf(path: YamlPath): string | undefined;
}

export type ParseYamlResult = { ok: true; yaml: ParsedYaml } | { ok: false; problems: Problem[] };

/**
 * @param lineOffset file lines before the YAML text (front matter starts after its `---` line).
 * @param lastLine the last file line a syntax error may point at (default: the text's last line).
 */
export function parseYaml(text: string, file: string, lineOffset = 0, lastLine?: number): ParseYamlResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  // An unclosed bracket is found at the end of the text: point at the last line, not past it.
  const maxLine = lastLine ?? lineOffset + Math.max(1, text.replace(/\n$/, '').split('\n').length);
  const errorLineAt = (offset: number) => Math.min(lineAt(offset), maxLine);

  if (document.errors.length > 0) {
    const textLines = text.split('\n');
    const problems = document.errors.map((error) => {
      const line = errorLineAt(error.pos[0]);
      if (error.code === 'DUPLICATE_KEY') {
        return problem(
          'error',
          file,
          line,
          'duplicate-field',
          'this field appears twice.',
          'Keep one of the two lines and delete the other.',
        );
      }
      const colon =
        error.code === 'BLOCK_AS_IMPLICIT_KEY' ? colonInValue(textLines[line - lineOffset - 1]) : undefined;
      if (colon) return problem('error', file, line, 'invalid-yaml', colon.message, colon.fix);
      return problem(
        'error',
        file,
        line,
        'invalid-yaml',
        `not valid YAML: ${error.message}.`,
        'Check indentation (spaces, not tabs), a space after each `:` and `-`, matching brackets and quotes; put text that contains `: ` or starts with a symbol in "double quotes".',
      );
    });
    // "title: a: b: c" gives one YAML error per extra colon; one report per line is enough.
    return {
      ok: false,
      problems: problems.filter(
        (found, index) =>
          problems.findIndex((other) => other.line === found.line && other.code === found.code) === index,
      ),
    };
  }

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Unknown or runaway aliases (`*name`) surface only here.
    return {
      ok: false,
      problems: [
        problem(
          'error',
          file,
          lineOffset + 1,
          'invalid-yaml',
          `not valid YAML: ${(error as Error).message}.`,
          'Remove YAML anchors and aliases (`&name`, `*name`); write each value out in full.',
        ),
      ],
    };
  }

  const find = (path: YamlPath): { node: unknown; line: number; complete: boolean } => {
    let node: unknown = document.contents;
    let line = lineOffset + 1;
    if (isNodeWithRange(node)) line = lineAt(node.range[0]);
    let steps = 0;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === step);
        if (!pair) break;
        if (isNodeWithRange(pair.key)) line = lineAt(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number') {
        const item = node.items[step];
        if (item === undefined) break;
        if (isNodeWithRange(item)) line = lineAt(item.range[0]);
        node = item;
      } else {
        break;
      }
      steps++;
    }
    return { node, line, complete: steps === path.length };
  };

  return {
    ok: true,
    yaml: {
      value,
      lineOf: (path) => find(path).line,
      sourceOf: (path) => {
        const { node, complete } = find(path);
        return complete && isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
      },
    },
  };
}

/** `title: Flu: the basics` — YAML reads the second `: ` as a field inside a field. */
function colonInValue(lineText: string | undefined): { message: string; fix: string } | undefined {
  const match = /^(\s*(?:-\s+)?)([\w-]+):\s+(.*\S)\s*$/.exec(lineText ?? '');
  if (!match) return undefined;
  const [, indent = '', field = '', value = ''] = match;
  if (!value.includes(': ') || /^["']/.test(value)) return undefined;
  const quoted = `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return {
    message: `the value of "${field}" contains ": ", which YAML reads as the start of another field.`,
    fix: `Put the whole value in double quotes: ${indent.trim() ? `${indent.trim()} ` : ''}${field}: ${quoted}`,
  };
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range);
}
