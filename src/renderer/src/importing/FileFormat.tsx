import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/importWindow';

const DELIMITERS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };
const ENCODINGS: Record<string, string> = {
  utf8: 'UTF-8',
  utf16le: 'UTF-16',
  utf16be: 'UTF-16',
  'windows-1252': 'Windows-1252',
};

/** How the file is read, as detected: Excel, or CSV with its encoding and delimiter. */
export function FileFormat({ preview }: { preview: Omit<ImportPreview, 'check'> }) {
  const { t } = useTranslation();
  const text =
    preview.format === 'xlsx'
      ? t('importScreen.xlsx')
      : t('importScreen.csvRead', {
          encoding: ENCODINGS[preview.encoding ?? ''] ?? preview.encoding,
          delimiter: t(`importScreen.${DELIMITERS[preview.delimiter ?? ','] ?? 'comma'}`),
        });
  return (
    <Text size="sm" data-testid="import-format">
      {text}
    </Text>
  );
}
