// Hand-built knowledge for unit tests that must not depend on the loader or the bundled files.
import { DEFAULT_SETTINGS } from '../../src/core/knowledge/default-settings.js';
import type { Entry, Knowledge } from '../../src/core/types.js';

export function makeEntry(id: string, overrides: Partial<Entry> = {}): Entry {
  return {
    id,
    title: id.replace(/-/g, ' '),
    questions: [`question about ${id}`],
    tags: [],
    escalation: 'see-clinician',
    seeClinicianIf: ['it gets worse'],
    sources: [{ title: `Source for ${id}`, url: `https://example.org/${id}` }],
    status: 'draft',
    locale: 'en',
    related: [],
    body: `Body of ${id}.`,
    file: `entries/${id}.md`,
    contentHash: `hash-${id}`,
    ...overrides,
  };
}

export function makeKnowledge(entries: Entry[]): Knowledge {
  return {
    dir: '/fixture',
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    synonyms: [],
    triageRules: [],
    settings: DEFAULT_SETTINGS,
    version: 'v-test',
    loadedAt: '2026-01-01T00:00:00.000Z',
    warnings: [],
  };
}
