// One hash for a whole knowledge folder, so logs and answers say which knowledge answered.
import { createHash } from 'node:crypto';
import type { KnowledgeFile } from './read-knowledge-folder.js';

/** sha256 over every file's relative path and content hash, in path order (hex, first 16 chars). */
export function knowledgeVersion(files: readonly KnowledgeFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`${file.path}\0${createHash('sha256').update(file.bytes).digest('hex')}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}
