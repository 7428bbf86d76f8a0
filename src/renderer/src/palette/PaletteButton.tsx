import { Button, Kbd } from '@mantine/core';
import { useOs } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { palette } from './paletteStore';

/** The header's way into the palette, showing its shortcut. */
export function PaletteButton() {
  const { t } = useTranslation();
  const mac = useOs() === 'macos';
  return (
    <Button
      variant="default"
      onClick={palette.open}
      rightSection={
        <Kbd size="xs" dir="ltr">
          {mac ? '⌘ K' : 'Ctrl K'}
        </Kbd>
      }
      aria-keyshortcuts={mac ? 'Meta+K' : 'Control+K'}
      style={{ flexShrink: 0 }}
    >
      {t('palette.open')}
    </Button>
  );
}
