import type { Account, AccountFields } from '../../../shared/domain/account';

/** The account fields a rep changes in place on the 360 (owner and territory are a lead's, elsewhere). */
export type EditableField = keyof Pick<
  AccountFields,
  | 'name'
  | 'kind'
  | 'lifecycle'
  | 'relationshipStyle'
  | 'tier'
  | 'industry'
  | 'country'
  | 'region'
  | 'city'
  | 'postcode'
  | 'address'
  | 'website'
  | 'phone'
  | 'costToServe'
  | 'profitPotential'
  | 'needs'
  | 'capabilities'
  | 'notes'
>;

/** How a value is typed: one line, several lines, an amount, or one of a fixed list. */
export type EditorKind = 'text' | 'longText' | 'amount' | 'choice';

/** What the input starts with: the stored value as text, empty for none. */
export function draftOf(value: Account[EditableField]): string {
  return value == null ? '' : String(value);
}

const PERSIAN_ZERO = 0x06f0;
const ARABIC_ZERO = 0x0660;

/** Persian and Arabic-Indic digits (and the Persian decimal mark) as ASCII, for Number(). */
function asciiDigits(text: string): string {
  return text
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - PERSIAN_ZERO))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - ARABIC_ZERO))
    .replace(/٫/g, '.');
}

/**
 * What the typed text means to the contract: an amount is a number (empty is none; text
 * that is no number stays NaN so the schema names the field); other kinds stay text and
 * the schema trims them and turns an empty one into none.
 */
export function valueOf(kind: EditorKind, draft: string): unknown {
  if (kind !== 'amount') return draft;
  const text = asciiDigits(draft.trim());
  return text === '' ? null : Number(text);
}
