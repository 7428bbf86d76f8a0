import { useTranslation } from 'react-i18next';
import { AccountUpdate, type Account } from '../../../shared/domain/account';
import { useUpdateAccount } from '../accounts/queries';
import { check, serverErrors, type FieldErrors } from '../account360/fieldErrors';
import type { EditableField } from './fieldValue';
import { useUndoStore } from './undoStore';
import { undoOffer, useToast, useUndoLastChange } from './useUndo';

/**
 * Saves one field of the account through updateAccount (the one write path): checked by
 * the contract's own schema first, so a bad value is named and nothing is sent. Returns
 * the messages by field, or null when saved (or when nothing changed).
 */
export function useSaveField(account: Account) {
  const { t } = useTranslation();
  const update = useUpdateAccount();
  const undo = useUndoLastChange();
  const toast = useToast();
  return async (field: EditableField, value: unknown): Promise<FieldErrors | null> => {
    const parsed = check(AccountUpdate, { id: account.id, patch: { [field]: value } });
    if (!parsed.ok) return parsed.errors;
    const before = account[field];
    if (parsed.value.patch[field] === before) return null;
    try {
      const saved = await update.mutateAsync(parsed.value);
      const change = {
        accountId: account.id,
        field,
        before,
        after: saved[field],
        updatedAt: saved.updatedAt,
      };
      useUndoStore.getState().record(change);
      const message = t('editInPlace.changed', { field: t(`fields.${field}`) });
      toast(undoOffer(message, t('editInPlace.undo'), () => void undo()));
      return null;
    } catch (error) {
      return serverErrors(error);
    }
  };
}
