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

/** The heading of one change: the row's name and the field; below, its kind and account. */
export function WhatChanged({ headingId, table, what, rowName, field, accountName }: Props) {
  const { t } = useTranslation();
  const words = useWords();
  return (
    <div>
      <Title order={4} id={headingId}>
        <bdi>{rowName}</bdi> · {words.field(field)}
      </Title>
      <Text size="sm" c="gray.7">
        {words.table(table, what)}
        {accountName && table !== 'accounts' && (
          <>
            {' · '}
            {t('sync.review.account')} <bdi>{accountName}</bdi>
          </>
        )}
      </Text>
    </div>
  );
}
