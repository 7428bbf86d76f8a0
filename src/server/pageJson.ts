import { encodeCursor } from './cursor';
import type { StoredPage } from './pull';

/**
 * A pull page as the wire's PullPage JSON, written directly around the changes' own
 * JSON (see pull.ts) instead of fastify serializing 5,000 parsed changes a page.
 */
export function pageJson(page: StoredPage, member: string | null): string {
  const authors: Record<string, string | null> = {};
  const parts: string[] = [];
  for (const r of page.rows) {
    authors[r.node] = r.author;
    parts.push(r.json);
  }
  return `{"changes":[${parts.join(',')}],"cursor":${JSON.stringify(encodeCursor(page.position))},"more":${page.more},"purge":${JSON.stringify(page.purge)},"authors":${JSON.stringify(authors)},"member":${JSON.stringify(member)}}`;
}
