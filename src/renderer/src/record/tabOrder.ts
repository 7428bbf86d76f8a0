const FOCUSABLE = 'input, select, textarea, button, a[href], [tabindex]';

/** A radio takes the Tab stop of its group: the checked one, else the first (or last, going back). */
function radioStop(radio: HTMLInputElement, scope: Element, backwards: boolean): boolean {
  if (radio.checked) return true;
  const group = [...scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
    (other) => other.name === radio.name,
  );
  if (group.some((other) => other.checked)) return false;
  return radio === (backwards ? group.at(-1) : group[0]);
}

function isTabStop(element: HTMLElement, scope: Element, backwards: boolean): boolean {
  if (element.tabIndex < 0 || element.matches(':disabled') || !element.checkVisibility()) {
    return false;
  }
  if (element instanceof HTMLInputElement && element.type === 'radio') {
    return radioStop(element, scope, backwards);
  }
  return true;
}

/** The element Tab (or Shift+Tab) goes to from `from`, within its form; none at either end. */
export function nextTabStop(from: HTMLElement, backwards: boolean): HTMLElement | undefined {
  const scope = from.closest('form') ?? from.ownerDocument.body;
  const stops = [...scope.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element === from || isTabStop(element, scope, backwards),
  );
  const index = stops.indexOf(from);
  return stops[backwards ? index - 1 : index + 1];
}
