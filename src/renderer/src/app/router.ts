import { useSyncExternalStore } from 'react';

/**
 * Hash routes: `#/accounts`, `#/accounts/new`, `#/accounts/<id>`, `#/accounts/<id>/edit`,
 * `#/sync/setup`, `#/sync/review`, `#/week`, `#/selection`, `#/handover`, `#/team`,
 * `#/territories/suggestions`.
 */
export type Route =
  | { name: 'accounts' }
  | { name: 'accountNew' }
  | { name: 'account'; id: string }
  | { name: 'accountEdit'; id: string }
  | { name: 'syncSetup' }
  | { name: 'syncReview' }
  | { name: 'week' }
  | { name: 'selection' }
  | { name: 'handOver' }
  | { name: 'team' }
  | { name: 'suggestions' }
  | { name: 'notFound' };

export const paths = {
  accounts: () => '#/accounts',
  accountNew: () => '#/accounts/new',
  account: (id: string) => `#/accounts/${encodeURIComponent(id)}`,
  accountEdit: (id: string) => `#/accounts/${encodeURIComponent(id)}/edit`,
  syncSetup: () => '#/sync/setup',
  syncReview: () => '#/sync/review',
  week: () => '#/week',
  selection: () => '#/selection',
  handOver: () => '#/handover',
  team: () => '#/team',
  suggestions: () => '#/territories/suggestions',
};

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [section, id, action] = parts;
  if (section === 'sync' && parts.length === 2) {
    if (id === 'setup') return { name: 'syncSetup' };
    if (id === 'review') return { name: 'syncReview' };
  }
  if (section === 'week' && parts.length === 1) return { name: 'week' };
  if (section === 'selection' && parts.length === 1) return { name: 'selection' };
  if (section === 'handover' && parts.length === 1) return { name: 'handOver' };
  if (section === 'team' && parts.length === 1) return { name: 'team' };
  if (section === 'territories' && id === 'suggestions' && parts.length === 2) {
    return { name: 'suggestions' };
  }
  if (parts.length === 0 || (section === 'accounts' && parts.length === 1))
    return { name: 'accounts' };
  if (section !== 'accounts' || !id || parts.length > 3) return { name: 'notFound' };
  if (id === 'new' && parts.length === 2) return { name: 'accountNew' };
  if (parts.length === 2) return { name: 'account', id };
  if (action === 'edit') return { name: 'accountEdit', id };
  return { name: 'notFound' };
}

/**
 * Holds on page moves: a form with unsaved typing (useDiscardGuard) is asked before the
 * page changes, so the router puts the address back and tells it where the move went.
 */
const holds = new Set<(to: string) => void>();

export function holdNavigation(hold: (to: string) => void): () => void {
  holds.add(hold);
  return () => holds.delete(hold);
}

function subscribe(onChange: () => void): () => void {
  const listener = (event: HashChangeEvent) => {
    if (holds.size === 0) return onChange();
    // Every subscriber hears the move; the first puts the address back and asks.
    if (window.location.href === event.oldURL) return;
    history.replaceState(history.state, '', event.oldURL);
    for (const hold of holds) hold(new URL(event.newURL).hash);
  };
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function navigate(path: string): void {
  window.location.hash = path;
}
