import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** A toast after a save, its close button named so a screen reader can say what it does. */
export function useSavedNotice() {
  const { t } = useTranslation();
  return (message: string) =>
    notifications.show({ message, closeButtonProps: { 'aria-label': t('account360.form.close') } });
}
