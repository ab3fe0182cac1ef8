// Holds the knowledge being served and swaps it whole on reload. A reload that fails (problems
// in the files, or a bug while building the index) keeps the last good snapshot and records why,
// so requests never see a half-built index and never fail because of a bad edit.
import { buildSnapshot as defaultBuildSnapshot, type KnowledgeSnapshot } from '../answer-service.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import type { Logger } from '../logger.js';
import type { Knowledge, KnowledgeSettings, LoadResult, Problem } from '../types.js';

export interface ReloadOutcome {
  ok: boolean;
  /** Problems that stopped this reload (empty when ok). */
  problems: Problem[];
}

export interface KnowledgeStatus {
  ready: boolean;
  /** Of the knowledge being served. */
  version: string | null;
  loadedAt: string | null;
  entries: number;
  warnings: Problem[];
  /** True while the files on disk are broken and the last good knowledge is served. */
  servingLastGood: boolean;
  /** The last reload; when it failed, the errors that stopped it. */
  lastReload: { at: string; ok: boolean; problems: Problem[] } | null;
  /** Loads taken and loads rejected for errors (the word of the metric and the log events). */
  reloads: { ok: number; rejected: number };
  /** What a page needs to show numbers and the disclaimer before any answer. */
  settings: Pick<KnowledgeSettings, 'locale' | 'disclaimer' | 'emergencyNumber' | 'crisisLine'> | null;
}

export interface LiveKnowledge {
  /** The snapshot being served; throws before the first successful load (check ready()). */
  current(): KnowledgeSnapshot;
  ready(): boolean;
  /** Re-reads the folder; overlapping calls share one run and at most one more follows it. */
  reload(): Promise<ReloadOutcome>;
  status(): KnowledgeStatus;
}

export interface LiveKnowledgeDeps {
  dir: string;
  logger: Logger;
  load?: (dir: string) => Promise<LoadResult>;
  build?: (knowledge: Knowledge) => KnowledgeSnapshot;
  now?: () => Date;
}

function problemFromBug(code: string, error: unknown, dir: string): Problem {
  return {
    severity: 'error',
    file: dir,
    code,
    message: `Loading the knowledge failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
    fix: 'This is a bug in vetted, not in your files: report it with the server log. The last good knowledge is still served.',
  };
}

/** Distinct problem codes, for a log line that carries no file content. */
function codesOf(problems: Problem[]): string {
  return [...new Set(problems.map((p) => p.code))].sort().join(',');
}

export function createLiveKnowledge(deps: LiveKnowledgeDeps): LiveKnowledge {
  const load = deps.load ?? ((dir: string) => loadKnowledge(dir));
  const build = deps.build ?? defaultBuildSnapshot;
  const now = deps.now ?? (() => new Date());

  let snapshot: KnowledgeSnapshot | null = null;
  let lastReload: KnowledgeStatus['lastReload'] = null;
  const reloads = { ok: 0, rejected: 0 };
  let running: Promise<ReloadOutcome> | null = null;
  let queued: Promise<ReloadOutcome> | null = null;

  async function attempt(): Promise<
    { ok: true; next: KnowledgeSnapshot } | { ok: false; problems: Problem[] }
  > {
    let result: LoadResult;
    try {
      result = await load(deps.dir);
    } catch (error) {
      return { ok: false, problems: [problemFromBug('load-crashed', error, deps.dir)] };
    }
    if (!result.ok) return { ok: false, problems: result.problems };
    try {
      return { ok: true, next: build(result.knowledge) };
    } catch (error) {
      return { ok: false, problems: [problemFromBug('index-build-crashed', error, deps.dir)] };
    }
  }

  async function reloadOnce(): Promise<ReloadOutcome> {
    const outcome = await attempt();
    const at = now().toISOString();
    if (outcome.ok) {
      snapshot = outcome.next; // the swap: one assignment, so a request sees old or new, never a mix
      reloads.ok += 1;
      lastReload = { at, ok: true, problems: [] };
      deps.logger.info({
        event: 'knowledge-loaded',
        knowledgeVersion: outcome.next.knowledge.version,
        count: outcome.next.knowledge.entries.length,
      });
      return { ok: true, problems: [] };
    }
    reloads.rejected += 1;
    // What blocked the reload; warnings of the served knowledge are in status().warnings.
    const blocking = outcome.problems.filter((p) => p.severity === 'error');
    lastReload = { at, ok: false, problems: blocking };
    deps.logger.warn({
      event: snapshot ? 'knowledge-reload-rejected' : 'knowledge-load-failed',
      count: blocking.length,
      errorCode: codesOf(blocking),
      ...(snapshot ? { knowledgeVersion: snapshot.knowledge.version } : {}),
    });
    return { ok: false, problems: outcome.problems };
  }

  function reload(): Promise<ReloadOutcome> {
    if (!running) {
      running = reloadOnce().finally(() => {
        running = null;
      });
      return running;
    }
    // A change arrived during a reload: read the files once more after it, whatever it found.
    if (!queued) {
      queued = running.then(() => {
        queued = null;
        return reload();
      });
    }
    return queued;
  }

  return {
    current() {
      if (!snapshot) throw new Error('knowledge is not loaded yet: call reload() and check ready() first');
      return snapshot;
    },
    ready: () => snapshot !== null,
    reload,
    status() {
      const knowledge = snapshot?.knowledge;
      return {
        ready: snapshot !== null,
        version: knowledge?.version ?? null,
        loadedAt: knowledge?.loadedAt ?? null,
        entries: knowledge?.entries.length ?? 0,
        warnings: knowledge?.warnings ?? [],
        servingLastGood: snapshot !== null && lastReload !== null && !lastReload.ok,
        lastReload,
        reloads: { ...reloads },
        settings: knowledge
          ? {
              locale: knowledge.settings.locale,
              disclaimer: knowledge.settings.disclaimer,
              emergencyNumber: knowledge.settings.emergencyNumber,
              crisisLine: knowledge.settings.crisisLine,
            }
          : null,
      };
    },
  };
}
