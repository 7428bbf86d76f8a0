import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  onKeep: () => void;
  onDiscard: () => void;
}

/** Asked before unsaved typing is thrown away; keeping on is the default. */
export function DiscardConfirm({ opened, onKeep, onDiscard }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onKeep}
      title={t('record.discardTitle')}
      size="sm"
      centered
      closeButtonProps={{ 'aria-label': t('record.close') }}
    >
      <Text size="sm">{t('record.discardText')}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onKeep} data-autofocus>
          {t('record.keepEditing')}
        </Button>
        <Button color="red" onClick={onDiscard}>
          {t('record.discard')}
        </Button>
      </Group>
    </Modal>
  );
}
