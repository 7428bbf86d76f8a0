/**
 * Keys typed between opening the palette and its search box taking the focus: the dialog
 * mounts first and focuses its box a frame or more later, and a fast typist's first
 * letters went to the page behind (issue 22). Held here from the moment it opens, they
 * are handed to the box when it takes the focus, in the order typed.
 */
export function createTypeAhead(isSearchBox: (target: EventTarget | null) => boolean) {
  let typed = '';
  let holding = false;

  const onKeyDown = (event: KeyboardEvent) => {
    if (isSearchBox(event.target)) return release();
    if (event.isComposing || event.metaKey || (event.ctrlKey && !event.altKey)) return;
    if ([...event.key].length === 1) typed += event.key;
    else if (event.key === 'Backspace') typed = typed.slice(0, -1);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  function release(): void {
    if (!holding) return;
    window.removeEventListener('keydown', onKeyDown, true);
    holding = false;
  }

  let open = false;
  return {
    /** Told on every change of the palette's state: holds keys from the moment it opens. */
    follow(opened: boolean): void {
      if (opened === open) return;
      open = opened;
      typed = '';
      if (!opened) return release();
      window.addEventListener('keydown', onKeyDown, true);
      holding = true;
    },
    /** What was typed ahead, once; keys go to the focused box from now on. */
    take(): string {
      release();
      const text = typed;
      typed = '';
      return text;
    },
  };
}
