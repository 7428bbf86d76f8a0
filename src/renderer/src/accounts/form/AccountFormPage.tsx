import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { AccountDetail } from '../../../../shared/api';
import { QueryState } from '../../app/QueryState';
import { navigate, paths } from '../../app/router';
import { useAccount, useCreateAccount, useSetAccountOwner, useUpdateAccount } from '../queries';
import { useAbilities } from '../../staffing/queries';
import { useAccountAbilities } from '../../refusals/accountMay';
import { AccountForm } from './AccountForm';
import { accountValues, changedFields, newAccountValues, type AccountValues } from './formValues';

/** `#/accounts/new` and `#/accounts/<id>/edit` (`/edit/owner`: with the owner field in focus). */
export function AccountFormPage({ id, focus }: { id?: string; focus?: 'owner' }) {
  return id ? <EditAccount id={id} focus={focus} /> : <NewAccount />;
}

function NewAccount() {
  const { t } = useTranslation();
  const create = useCreateAccount();
  // a rep may own an account they make; only a lead or an admin gives it to someone else
  const staffs = useAbilities([]).data?.staffs ?? false;
  const onSave = async (values: AccountValues) => {
    const saved = await create.mutateAsync(values);
    notifications.show({ message: t('form.saved') });
    navigate(paths.account(saved.id));
  };
  return (
    <AccountForm
      title={t('form.newTitle')}
      defaultValues={newAccountValues()}
      parent={null}
      servedVia={null}
      accountId={undefined}
      ownerChoice={staffs ? 'anyone' : 'myself'}
      onSave={onSave}
      onCancel={() => navigate(paths.accounts())}
    />
  );
}

function EditAccount({ id, focus }: { id: string; focus?: 'owner' }) {
  const { data, error } = useAccount(id);
  if (!data) return <QueryState error={error} />;
  return <EditForm detail={data} focus={focus} />;
}

function EditForm({ detail, focus }: { detail: AccountDetail; focus?: 'owner' }) {
  const { t } = useTranslation();
  const update = useUpdateAccount();
  const setOwner = useSetAccountOwner();
  const { account, parent, servedVia, owner } = detail;
  const may = useAccountAbilities(account.id).data;
  const onSave = async (values: AccountValues) => {
    const patch = changedFields(account, values);
    const newOwner = values.ownerId && values.ownerId !== owner?.id ? values.ownerId : null;
    if (Object.keys(patch).length > 0) await update.mutateAsync({ id: account.id, patch });
    if (newOwner) await setOwner.mutateAsync({ accountId: account.id, memberId: newOwner });
    if (Object.keys(patch).length > 0 || newOwner) notifications.show({ message: t('form.saved') });
    navigate(paths.account(account.id));
  };
  return (
    <AccountForm
      title={t('form.editTitle', { name: account.name })}
      defaultValues={accountValues(account, owner?.id ?? null)}
      parent={parent ? { value: parent.id, label: parent.name } : null}
      servedVia={servedVia ? { value: servedVia.id, label: servedVia.name } : null}
      accountId={account.id}
      ownerChoice={may?.cover === null ? 'anyone' : null}
      refusal={may ? may.account : null}
      onSave={onSave}
      onCancel={() => navigate(paths.account(account.id))}
      focus={focus === 'owner' ? 'ownerId' : undefined}
    />
  );
}
