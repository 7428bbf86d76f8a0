import { Button, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListQuery } from '../accounts/list/listStore';
import { ExportPanel } from './ExportPanel';

/** "Export…" on the account list: the list as it is now (filter and order), every page. */
export function ExportListButton({ query }: { query: ListQuery }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { filter, sort, language } = query;
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t('reports.exportList')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('reports.list')}
        closeButtonProps={{ 'aria-label': t('reports.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('reports.listAbout')}</Text>
          <ExportPanel report="list" list={{ filter, sort, language }} label={t('reports.list')} />
        </Stack>
      </Modal>
    </>
  );
}
