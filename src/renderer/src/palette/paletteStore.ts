import { createSpotlight } from '@mantine/spotlight';
import { createTypeAhead } from './typeAhead';

/** The command palette's store: `palette.open()` from a button, Ctrl/Cmd+K from anywhere. */
export const [paletteStore, palette] = createSpotlight();

/** The class of the palette's search box, which takes what was typed before it had the focus. */
export const SEARCH_BOX = 'palette-search';

export const typeAhead = createTypeAhead(
  (target) => target instanceof HTMLElement && target.classList.contains(SEARCH_BOX),
);

// The store tells its listeners as it changes, inside the Ctrl+K key press itself.
paletteStore.subscribe((state) => typeAhead.follow(state.opened));
