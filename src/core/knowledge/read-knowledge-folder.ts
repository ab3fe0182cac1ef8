// Reads a knowledge folder from disk: every entries/**/*.md and the known root files. Anything
// that cannot be read becomes a Problem; nothing here throws for a bad folder.
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, posix, resolve } from 'node:path';
import type { Problem } from '../types.js';
import { closestName } from './closest-name.js';
import { problem } from './problem.js';

export interface KnowledgeFile {
  /** Relative to the knowledge folder, with `/` separators: `entries/respiratory/flu.md`. */
  path: string;
  bytes: Uint8Array;
}

export interface KnowledgeFolder {
  /** Absolute path of the folder. */
  dir: string;
  files: KnowledgeFile[];
  problems: Problem[];
  /** False when the folder itself is missing or unreadable: nothing else is worth reporting. */
  readable: boolean;
}

/** Reads a whole file; tests pass a fake to produce errors that root never gets (EACCES). */
export type ReadFile = (path: string) => Promise<Uint8Array>;

export const ENTRIES_FOLDER = 'entries';
export const ROOT_FILES = ['triage.yaml', 'synonyms.yaml', 'settings.yaml'] as const;
const HOW_TO_POINT = 'pass --kb DIR pointing at a knowledge folder with an entries/ sub-folder';

export async function readKnowledgeFolder(
  dirArgument: string,
  read: ReadFile = readFile,
): Promise<KnowledgeFolder> {
  const dir = resolve(dirArgument);
  const folder: KnowledgeFolder = { dir, files: [], problems: [], readable: false };
  const readOne = (path: string) => readKnowledgeFile(dir, path, folder, read);
  const folderProblem = (code: string, message: string, fix: string) =>
    folder.problems.push(problem('error', dir, undefined, code, message, fix));

  const dirStat = await stat(dir).catch((error: NodeJS.ErrnoException) => error);
  if (dirStat instanceof Error) {
    folderProblem(
      'folder-missing',
      dirStat.code === 'ENOENT'
        ? 'knowledge folder does not exist.'
        : `cannot open the knowledge folder (${dirStat.code}).`,
      `Check the path, or ${HOW_TO_POINT}.`,
    );
    return folder;
  }
  if (!dirStat.isDirectory()) {
    folderProblem(
      'folder-missing',
      'this is a file, not a knowledge folder.',
      `${capitalise(HOW_TO_POINT)}.`,
    );
    return folder;
  }
  const rootNames = await readdir(dir).catch((error: NodeJS.ErrnoException) => error);
  if (rootNames instanceof Error) {
    folderProblem(
      'folder-unreadable',
      `cannot list the knowledge folder (${rootNames.code}).`,
      'Make the folder readable by the user running vetted.',
    );
    return folder;
  }

  folder.readable = true;
  await readRootFiles(rootNames, folder, readOne);
  if (!rootNames.includes(ENTRIES_FOLDER)) {
    folder.problems.push(
      problem(
        'error',
        `${ENTRIES_FOLDER}/`,
        undefined,
        'entries-missing',
        `the knowledge folder ${dir} has no ${ENTRIES_FOLDER}/ sub-folder.`,
        `Create ${ENTRIES_FOLDER}/ with one .md file per answer, or ${HOW_TO_POINT}.`,
      ),
    );
    return folder;
  }
  await walkEntries(dir, ENTRIES_FOLDER, folder, new Set(), readOne);
  const inEntries = (path: string) => path.startsWith(`${ENTRIES_FOLDER}/`) && path.endsWith('.md');
  const entryFilesSeen =
    folder.files.some((file) => inEntries(file.path)) ||
    folder.problems.some((found) => found.code === 'file-unreadable' && inEntries(found.file));
  if (!entryFilesSeen) {
    folder.problems.push(
      problem(
        'error',
        `${ENTRIES_FOLDER}/`,
        undefined,
        'no-entries',
        `${ENTRIES_FOLDER}/ holds no .md entry files, so the bot would have no answers.`,
        `Add one .md file per answer under ${ENTRIES_FOLDER}/ (see knowledge/README.md), or ${HOW_TO_POINT}.`,
      ),
    );
  }
  return folder;
}

async function readRootFiles(
  names: string[],
  folder: KnowledgeFolder,
  readOne: (path: string) => Promise<void>,
): Promise<void> {
  for (const name of [...names].sort()) {
    if ((ROOT_FILES as readonly string[]).includes(name)) {
      await readOne(name);
    } else if (/\.ya?ml$/i.test(name)) {
      const suggestion = closestName(name, ROOT_FILES);
      folder.problems.push(
        problem(
          'warning',
          name,
          undefined,
          'unknown-file',
          `${name} is not a knowledge file and is ignored` +
            (suggestion ? ` — did you mean "${suggestion}"?` : '.'),
          suggestion
            ? `Rename it to ${suggestion}.`
            : `The knowledge folder reads only ${ROOT_FILES.join(', ')} and ${ENTRIES_FOLDER}/.`,
        ),
      );
    }
  }
}

async function walkEntries(
  dir: string,
  relative: string,
  folder: KnowledgeFolder,
  seen: Set<string>,
  readOne: (path: string) => Promise<void>,
): Promise<void> {
  const absolute = join(dir, relative);
  // Symlinked folders could loop; visit each real folder once.
  const real = await realpath(absolute).catch(() => absolute);
  if (seen.has(real)) return;
  seen.add(real);
  const children = await readdir(absolute, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => error,
  );
  if (children instanceof Error) {
    folder.problems.push(
      problem(
        'error',
        `${relative}/`,
        undefined,
        'folder-unreadable',
        `cannot list ${relative}/ (${children.code}).`,
        'Make the folder readable by the user running vetted.',
      ),
    );
    return;
  }
  for (const child of [...children].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (child.name.startsWith('.')) continue; // editor swap files, .DS_Store, .git
    const path = posix.join(relative, child.name);
    if (await isDirectory(dir, path, child)) {
      await walkEntries(dir, path, folder, seen, readOne);
    } else if (child.name.endsWith('.md')) {
      await readOne(path);
    } else {
      folder.problems.push(
        problem(
          'warning',
          path,
          undefined,
          'not-an-entry',
          'file is not a .md entry and is ignored.',
          /\.(markdown|mdown|txt|MD)$/i.test(child.name)
            ? 'Rename it to end in .md if it is an entry.'
            : `Move it out of ${ENTRIES_FOLDER}/, which holds only .md entries.`,
        ),
      );
    }
  }
}

async function isDirectory(dir: string, path: string, child: Dirent): Promise<boolean> {
  if (child.isDirectory()) return true;
  if (!child.isSymbolicLink()) return false;
  const target = await stat(join(dir, path)).catch(() => null);
  return target?.isDirectory() ?? false;
}

async function readKnowledgeFile(
  dir: string,
  path: string,
  folder: KnowledgeFolder,
  read: ReadFile,
): Promise<void> {
  try {
    folder.files.push({ path, bytes: await read(join(dir, path)) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const isEntry = path.startsWith(`${ENTRIES_FOLDER}/`);
    folder.problems.push(
      problem(
        'error',
        path,
        undefined,
        'file-unreadable',
        `cannot read the file (${code ?? (error as Error).message}).` +
          (isEntry
            ? ` Links to "${posix.basename(path, '.md')}" in other entries' related are not checked until it can be read.`
            : ''),
        unreadableFix(code, path),
      ),
    );
  }
}

/** What to do depends on why: permissions, a link to nothing, a folder named like a file. */
function unreadableFix(code: string | undefined, path: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `Give the user running vetted permission to read it (e.g. \`chmod a+r ${path}\`), or ask whoever owns the file.`;
    case 'ENOENT':
      return 'It is a link to a file that does not exist: point the link at the real file, or remove it.';
    case 'EISDIR':
      return `It is a folder, not a file: rename it so it does not end in ${posix.extname(path)}.`;
    default:
      return 'Make it readable by the user running vetted (check permissions, links and the disk), or remove it.';
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
