import { z } from 'zod';
import { messages } from './messages';

export const SearchQuery = z.object({
  text: z.string().max(200, { message: messages.tooLong({ label: 'Search text', max: 200 }) }),
  limit: z.number().int().min(1).max(200).default(20),
});
export type SearchQuery = z.input<typeof SearchQuery>;

/**
 * What a hit matched, best first, so the palette can show why it is there: an
 * account's name, city, the rest of its address (region, country, postcode, street),
 * phone and notes (with industry and needs); a contact's name, title, email, phone or
 * mobile, and notes.
 */
export const SearchField = z.enum(['name', 'city', 'address', 'title', 'email', 'phone', 'notes']);
export type SearchField = z.infer<typeof SearchField>;

export const SearchHit = z
  .object({
    type: z.enum(['account', 'contact']),
    id: z.uuid(),
    /** The account to open: itself, or the contact's account. */
    accountId: z.uuid(),
    name: z.string(),
    detail: z.string().nullable(),
    /** The fields the typed words were found in, in the order above; never empty (an approximate hit: its name). */
    matched: z.array(SearchField).min(1),
    /** The signed-in member covers the account (it, or the contact's account). */
    mine: z.boolean(),
    /**
     * Found by forgiving a slip (a letter missing, extra, wrong or swapped) in its name:
     * ranked after every hit that holds the words as typed.
     */
    approximate: z.boolean(),
  })
  .strict();
export type SearchHit = z.infer<typeof SearchHit>;
