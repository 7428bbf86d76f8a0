import { useId } from 'react';
import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  /** What is about to be lost, as a question; "Discard this interaction?" unless said. */
  title?: string;
  onKeep: () => void;
  onDiscard: () => void;
}

/**
 * Asked in the dialog itself before unsaved typing is thrown away (a second modal
 * would fight the first one's focus trap); keeping on has the focus.
 */
export function DiscardConfirm({ title, onKeep, onDiscard }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Paper
      withBorder
      p="sm"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
    >
      <Text fw={600} id={`${id}-title`}>
        {title ?? t('record.discardTitle')}
      </Text>
      <Text size="sm" id={`${id}-text`}>
        {t('record.discardText')}
      </Text>
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onKeep} autoFocus>
          {t('record.keepEditing')}
        </Button>
        <Button color="red" onClick={onDiscard}>
          {t('record.discard')}
        </Button>
      </Group>
    </Paper>
  );
}
