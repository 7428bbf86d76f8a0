import { z } from 'zod';

export const SearchQuery = z.object({
  text: z.string().max(200, { message: 'Search text must be at most 200 characters' }),
  limit: z.number().int().min(1).max(200).default(20),
});
export type SearchQuery = z.input<typeof SearchQuery>;

export const SearchHit = z
  .object({
    type: z.enum(['account', 'contact']),
    id: z.uuid(),
    /** The account to open: itself, or the contact's account. */
    accountId: z.uuid(),
    name: z.string(),
    detail: z.string().nullable(),
  })
  .strict();
export type SearchHit = z.infer<typeof SearchHit>;
