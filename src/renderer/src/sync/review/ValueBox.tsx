import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflict } from '../../../../shared/domain/sync';
import { valueText } from './values';

/** One value of a change, as typed (Persian stays right to left), under its label. */
export function ValueBox(props: {
  label: string;
  value: SyncConflict['mine']['value'];
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const text = valueText(props.value);
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Text size="sm" fw={600}>
        {props.label}
      </Text>
      {text === null ? (
        <Text fs="italic">{t('sync.review.empty')}</Text>
      ) : (
        <Text dir="auto" className="pre-wrap">
          {text}
        </Text>
      )}
      {props.children}
    </Paper>
  );
}
