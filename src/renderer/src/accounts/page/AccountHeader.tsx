import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { AccountDetail } from '../../../../shared/api';
import { useEnumLabel } from '../../app/enumOptions';
import { paths } from '../../app/router';
import { useArchiveAccount } from '../queries';

export function AccountHeader({ detail }: { detail: AccountDetail }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const archive = useArchiveAccount();
  const { account, parent, owner, territory } = detail;

  const toggleArchived = () =>
    archive.mutate(
      { id: account.id, archived: !account.archived },
      {
        onSuccess: (saved) =>
          notifications.show({
            message: t(saved.archived ? 'account.archivedDone' : 'account.restoredDone'),
          }),
        onError: (error) =>
          notifications.show({ color: 'red', title: t('app.error'), message: error.message }),
      },
    );

  return (
    <Stack gap="xs">
      <Anchor href={paths.accounts()} size="sm">
        {t('account.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{account.name}</Title>
          <Group gap="xs">
            <Badge variant="light">{label('accountKind', account.kind)}</Badge>
            <Badge variant="light" color="teal">
              {label('lifecycle', account.lifecycle)}
            </Badge>
            <Badge variant="light" color="orange">
              {label('tier', account.tier)}
            </Badge>
            {account.archived && <Badge color="gray">{t('account.archived')}</Badge>}
          </Group>
        </Stack>
        <Group gap="xs">
          <Button component="a" href={paths.accountEdit(account.id)}>
            {t('account.edit')}
          </Button>
          <Button variant="default" onClick={toggleArchived} loading={archive.isPending}>
            {t(account.archived ? 'account.restore' : 'account.archive')}
          </Button>
        </Group>
      </Group>
      <Group gap="lg">
        {parent && (
          <Text size="sm">
            {t('fields.parent')}: <Anchor href={paths.account(parent.id)}>{parent.name}</Anchor>
          </Text>
        )}
        <Text size="sm">
          {t('fields.owner')}: {owner?.name ?? t('app.empty')}
        </Text>
        <Text size="sm">
          {t('fields.territory')}: {territory?.name ?? t('app.empty')}
        </Text>
      </Group>
    </Stack>
  );
}
