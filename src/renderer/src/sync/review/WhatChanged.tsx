import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWords } from './useWords';

interface Props {
  headingId: string;
  table: string;
  what: string;
  rowName: string;
  field: string;
  accountName?: string | null;
}

/** The heading of one change: the row (its kind and name), the field, and its account. */
export function WhatChanged({ headingId, table, what, rowName, field, accountName }: Props) {
  const { t } = useTranslation();
  const words = useWords();
  return (
    <div>
      <Title order={4} id={headingId}>
        {words.table(table, what)} <bdi>{rowName}</bdi> · {words.field(field)}
      </Title>
      {accountName && table !== 'accounts' && (
        <Text size="sm">
          {t('sync.review.account')} <bdi>{accountName}</bdi>
        </Text>
      )}
    </div>
  );
}
