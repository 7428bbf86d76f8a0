import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { AccountDetail } from '../../../../shared/api';
import type { AccountFields } from '../../../../shared/domain/account';
import { QueryState } from '../../app/QueryState';
import { navigate, paths } from '../../app/router';
import { useAccount, useCreateAccount, useUpdateAccount } from '../queries';
import { AccountForm } from './AccountForm';
import { accountValues, changedFields, newAccountValues } from './formValues';

/** `#/accounts/new` and `#/accounts/<id>/edit`. */
export function AccountFormPage({ id }: { id?: string }) {
  return id ? <EditAccount id={id} /> : <NewAccount />;
}

function NewAccount() {
  const { t } = useTranslation();
  const create = useCreateAccount();
  const onSave = async (values: AccountFields) => {
    const saved = await create.mutateAsync(values);
    notifications.show({ message: t('form.saved') });
    navigate(paths.account(saved.id));
  };
  return (
    <AccountForm
      title={t('form.newTitle')}
      defaultValues={newAccountValues()}
      parent={null}
      accountId={undefined}
      onSave={onSave}
      onCancel={() => navigate(paths.accounts())}
    />
  );
}

function EditAccount({ id }: { id: string }) {
  const { data, error } = useAccount(id);
  if (!data) return <QueryState error={error} />;
  return <EditForm detail={data} />;
}

function EditForm({ detail }: { detail: AccountDetail }) {
  const { t } = useTranslation();
  const update = useUpdateAccount();
  const { account, parent } = detail;
  const onSave = async (values: AccountFields) => {
    const patch = changedFields(account, values);
    if (Object.keys(patch).length > 0) {
      await update.mutateAsync({ id: account.id, patch });
      notifications.show({ message: t('form.saved') });
    }
    navigate(paths.account(account.id));
  };
  return (
    <AccountForm
      title={t('form.editTitle', { name: account.name })}
      defaultValues={accountValues(account)}
      parent={parent ? { value: parent.id, label: parent.name } : null}
      accountId={account.id}
      onSave={onSave}
      onCancel={() => navigate(paths.account(account.id))}
    />
  );
}
