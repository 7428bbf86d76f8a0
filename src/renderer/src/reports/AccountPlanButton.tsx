import { Button, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportPanel } from './ExportPanel';

/** "Account plan…" on an account's page: its plan as a PDF document, or as Excel or CSV. */
export function AccountPlanButton({ accountId, name }: { accountId: string; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const label = t('reports.planOf', { name });
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t('reports.planButton')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={label}
        closeButtonProps={{ 'aria-label': t('reports.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('reports.planAbout')}</Text>
          <ExportPanel
            report="plan"
            accountId={accountId}
            label={label}
            formats={['pdf', 'xlsx', 'csv']}
          />
        </Stack>
      </Modal>
    </>
  );
}
