// Watches the knowledge folder and asks for a reload once edits settle. Editors save in bursts
// (temp file, rename, chmod), so changes are debounced into one reload.
import { basename } from 'node:path';
import { watch } from 'chokidar';
import type { Logger } from '../core/logger.js';

export interface KnowledgeWatcher {
  close(): Promise<void>;
}

export interface WatchOptions {
  dir: string;
  onChange: () => void;
  logger: Logger;
  debounceMs?: number;
  /** Polling for folders where file events do not arrive (some network or container mounts). */
  usePolling?: boolean;
}

/** Editor swap and backup files, and dotfiles (.git), never change the knowledge. */
function isNoise(path: string): boolean {
  const name = basename(path);
  return name.startsWith('.') || name.endsWith('~') || /\.(swp|swx|tmp)$/.test(name) || name.startsWith('#');
}

/** Resolves once the watcher is ready, so an edit made right after start is not missed. */
export async function watchKnowledge(options: WatchOptions): Promise<KnowledgeWatcher> {
  const debounceMs = options.debounceMs ?? 200;
  let timer: NodeJS.Timeout | null = null;
  const watcher = watch(options.dir, {
    ignoreInitial: true,
    ignored: (path) => path !== options.dir && isNoise(path),
    usePolling: options.usePolling ?? false,
    interval: 500,
  });
  watcher.on('all', () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      options.onChange();
    }, debounceMs);
  });
  watcher.on('error', () => options.logger.warn({ event: 'knowledge-watch-error' }));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    async close() {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
