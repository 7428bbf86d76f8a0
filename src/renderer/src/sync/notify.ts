import i18n from 'i18next';
import { notifications } from '@mantine/notifications';

/** A short notice; its close button is named, so a screen reader says what it does. */
export function notify(message: string, color?: 'red' | 'gray'): void {
  notifications.show({
    message,
    color,
    closeButtonProps: { 'aria-label': i18n.t('sync.close') },
  });
}
