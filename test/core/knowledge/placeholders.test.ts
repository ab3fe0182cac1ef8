// Numbers in settings texts and red-flag messages come from settings.yaml: a clinic that sets
// emergency_number to 999 must never get a reply that also says 911.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escalationFromTriage } from '../../../src/core/compose/escalation.js';
import { checkKnowledgeFiles } from '../../../src/core/knowledge/check-knowledge.js';
import { phoneLikeTokens } from '../../../src/core/knowledge/literal-numbers.js';
import {
  type KnowledgeFile,
  readKnowledgeFolder,
} from '../../../src/core/knowledge/read-knowledge-folder.js';
import type { KnowledgeSettings } from '../../../src/core/types.js';
import { TODAY } from './fixture-helpers.js';

const BUNDLED = fileURLToPath(new URL('../../../knowledge/', import.meta.url));
const BEFORE = JSON.parse(
  await readFile(fileURLToPath(new URL('./bundled-texts.json', import.meta.url)), 'utf8'),
) as { settings: KnowledgeSettings; triage: Record<string, string> };
const bundledFiles = (await readKnowledgeFolder(BUNDLED)).files;

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The bundled files with one file's text changed. */
function withFile(path: string, change: (text: string) => string): KnowledgeFile[] {
  return bundledFiles.map((file) =>
    file.path === path ? { path, bytes: encode(change(decode(file.bytes))) } : file,
  );
}

const check = (files: readonly KnowledgeFile[]) => checkKnowledgeFiles(files, { today: TODAY });
const notDrafts = (files: readonly KnowledgeFile[]) =>
  check(files).problems.filter((found) => found.code !== 'draft-entry');

/** Every text a person can be shown that names a number. */
function shownTexts(result: ReturnType<typeof check>): string[] {
  const { settings } = result;
  return [
    settings.emergencyText,
    settings.crisisText,
    settings.noAnswerText,
    ...result.triageRules.map((rule) => rule.message),
  ];
}

describe('placeholders in the bundled knowledge', () => {
  it('render exactly the texts the bundled knowledge showed before', () => {
    const result = check(bundledFiles);
    expect(result.problems.filter((found) => found.severity === 'error')).toEqual([]);
    expect(result.settings).toEqual(BEFORE.settings);
    const now = Object.fromEntries(result.triageRules.map((rule) => [rule.id, rule.message]));
    const compared = Object.keys(BEFORE.triage).filter((id) => id in now);
    expect(compared.length).toBeGreaterThanOrEqual(30);
    for (const id of compared) expect(now[id], id).toBe(BEFORE.triage[id]);
    for (const text of shownTexts(result)) expect(text).not.toMatch(/[{}]/);
  });

  it('follow emergency_number: 999 everywhere, so no reply names 911', () => {
    const files = withFile('settings.yaml', (text) =>
      text.replace('emergency_number: "911"', 'emergency_number: "999"'),
    );
    const result = check(files);
    expect(notDrafts(files)).toEqual([]);
    for (const text of shownTexts(result)) expect(text).not.toContain('911');
    const emergencies = result.triageRules.filter((rule) => rule.level === 'emergency');
    expect(emergencies.length).toBeGreaterThan(10);
    for (const rule of emergencies) expect(rule.message, rule.id).toContain('999');
    const crisis = result.triageRules.filter((rule) => rule.level === 'crisis');
    for (const rule of crisis) expect(rule.message, rule.id).toContain(result.settings.crisisText);
    expect(result.settings.crisisText).toContain('call 999');
  });

  it('follow crisis_line and poison_control, and Poison Control is still offered as a contact', () => {
    const files = withFile('settings.yaml', (text) =>
      text
        .replace('crisis_line: "988"', 'crisis_line: "116 123"')
        .replace('poison_control: "1-800-222-1222"', 'poison_control: "0344 892 0111"')
        .replace('https://988lifeline.org', 'https://www.samaritans.org'),
    );
    const result = check(files);
    expect(result.settings.crisisText).toContain('Call or text 116 123');
    const overdose = result.triageRules.find((rule) => rule.message.includes('Poison Control'));
    expect(overdose?.message).toContain('0344 892 0111');
    expect(overdose?.message).not.toContain('1-800');
    const block = escalationFromTriage(
      { level: 'emergency', rule: overdose?.id ?? '', message: overdose?.message ?? '' } as never,
      result.settings,
    );
    expect(block.contacts).toContainEqual({ label: 'Poison Control', number: '0344 892 0111' });
  });
});

describe('kb check on placeholders and numbers', () => {
  it('rejects an unknown placeholder in a red-flag message, at its line, with the likely name', () => {
    const files = withFile('triage.yaml', (text) =>
      text.replace(
        'message: "Bleeding that will not stop is an emergency. Call {emergency_number}',
        'message: "Bleeding that will not stop is an emergency. Call {emergency_numbr}',
      ),
    );
    const triageLines = decode(
      files.find((file) => file.path === 'triage.yaml')?.bytes ?? new Uint8Array(),
    ).split('\n');
    const line = triageLines.findIndex((text) => text.includes('{emergency_numbr}')) + 1;
    const errors = check(files).problems.filter((found) => found.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'triage.yaml',
        line,
        code: 'unknown-placeholder',
        message: expect.stringContaining('did you mean {emergency_number}?'),
        fix: 'Write {emergency_number}.',
      }),
    ]);
  });

  it('rejects a whole-text placeholder inside settings.yaml, where it would refer to itself', () => {
    const files = withFile('settings.yaml', (text) =>
      text.replace('disclaimer: "This is general', 'disclaimer: "{crisis_text} This is general'),
    );
    const [error] = check(files).problems.filter((found) => found.severity === 'error');
    expect(error).toMatchObject({ file: 'settings.yaml', code: 'unknown-placeholder' });
    expect(error?.message).toContain('{crisis_text}, which cannot be used here');
    expect(error?.fix).toContain('{emergency_number}, {crisis_line}, {poison_control}');
  });

  it('warns about a number written out that settings.yaml does not set, naming the fix', () => {
    const files = withFile('triage.yaml', (text) =>
      text.replace(
        'is an emergency. Call {emergency_number} now. Press',
        'is an emergency. Call 911 now. Press',
      ),
    );
    const changed = withFile('settings.yaml', (text) =>
      text.replace('emergency_number: "911"', 'emergency_number: "999"'),
    ).map((file) =>
      file.path === 'triage.yaml' ? (files.find((f) => f.path === 'triage.yaml') as KnowledgeFile) : file,
    );
    const triageLines = decode(
      files.find((file) => file.path === 'triage.yaml')?.bytes ?? new Uint8Array(),
    ).split('\n');
    const line = triageLines.findIndex((text) => text.includes('Call 911 now. Press')) + 1;
    expect(notDrafts(changed)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'triage.yaml',
        line,
        code: 'literal-number',
        message: expect.stringMatching(/says "911", but settings.yaml sets emergency_number "999"/),
        fix: expect.stringContaining('Write {emergency_number}'),
      }),
    ]);
    // The same literal matching the configured number is not a conflict.
    expect(notDrafts(files)).toEqual([]);
  });

  it('warns when a changed crisis_line leaves the default crisis text naming the US line', () => {
    const result = checkKnowledgeFiles(
      [
        { path: 'settings.yaml', bytes: encode('crisis_line: "116 123"\n') },
        ...bundledFiles.filter((file) => file.path.startsWith('entries/allergies/')),
      ],
      { today: TODAY },
    );
    const warning = result.problems.find((found) => found.code === 'literal-number');
    expect(warning).toMatchObject({ file: 'settings.yaml', severity: 'warning' });
    expect(warning?.message).toContain('the default crisis_text');
    expect(warning?.message).toContain('988lifeline.org');
    expect(warning?.fix).toBe('Add a crisis_text line to settings.yaml with the text for your country.');
  });
});

describe('what counts as a phone number', () => {
  const tokens = (text: string) => phoneLikeTokens(text).map((found) => found.token);

  it('finds numbers a person is told to call, long numbers and numbered web addresses', () => {
    expect(tokens('Call 911 now.')).toEqual(['911']);
    expect(tokens('Call or text 988 (Suicide & Crisis Lifeline)')).toEqual(['988']);
    expect(tokens('call Poison Control now at 1-800-222-1222 (US)')).toEqual(['1-800-222-1222']);
    expect(tokens('dial 116 123, free')).toEqual(['116 123']);
    expect(tokens('or chat at https://988lifeline.org.')).toEqual(['988']);
  });

  it('leaves doses, temperatures, durations, dates and placeholders alone', () => {
    expect(
      tokens(
        'chew one aspirin (325 mg); 38 °C / 100.4 °F; for 20 minutes; under 3 months; 24 hours a day; reviewed_on: 2026-10-01; call {emergency_number}; https://medlineplus.gov/ency/article/000045.htm',
      ),
    ).toEqual([]);
  });
});
