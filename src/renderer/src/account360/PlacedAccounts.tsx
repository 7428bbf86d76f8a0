import { Anchor, List, Text } from '@mantine/core';
import { paths } from '../app/router';
import { useFormat } from '../i18n/format';

interface PlacedAccount {
  id: string;
  name: string;
  city: string | null;
  country: string | null;
}

/** Accounts listed by name, each linking to its 360, with where it is. */
export function PlacedAccounts({ label, accounts }: { label: string; accounts: PlacedAccount[] }) {
  const format = useFormat();
  return (
    <List size="sm" aria-label={label}>
      {accounts.map((account) => (
        <List.Item key={account.id}>
          <Anchor href={paths.account(account.id)} dir="auto">
            {account.name}
          </Anchor>
          <Text span c="dimmed" size="sm" ms="xs" dir="auto">
            {[account.city, account.country && format.country(account.country)]
              .filter(Boolean)
              .join(', ')}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
