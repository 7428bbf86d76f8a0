import { z } from 'zod';

export const SearchQuery = z.object({
  text: z.string().max(200, { message: 'Search text must be at most 200 characters' }),
  limit: z.number().int().min(1).max(200).default(20),
});
export type SearchQuery = z.input<typeof SearchQuery>;

export interface SearchHit {
  type: 'account' | 'contact';
  id: string;
  /** The account to open: itself, or the contact's account. */
  accountId: string;
  name: string;
  detail: string | null;
}
