import { createSpotlight } from '@mantine/spotlight';

/** The command palette's store: `palette.open()` from a button, Ctrl/Cmd+K from anywhere. */
export const [paletteStore, palette] = createSpotlight();
