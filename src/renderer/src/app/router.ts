import { useSyncExternalStore } from 'react';

/**
 * Hash routes: `#/accounts`, `#/accounts/new`, `#/accounts/<id>`, `#/accounts/<id>/edit`,
 * `#/sync/setup`, `#/sync/review`, `#/week`, `#/selection`, `#/handover`, `#/team`,
 * `#/territories/suggestions`, `#/board`, `#/gaps`, `#/reports`, `#/import`, `#/offerings`. An account's page or form may name
 * what to bring into view: `#/accounts/<id>/team` (its covering team),
 * `#/accounts/<id>/edit/owner` (its owner).
 */
export type Route =
  | { name: 'accounts' }
  | { name: 'accountNew' }
  | { name: 'account'; id: string; focus?: 'team' }
  | { name: 'accountEdit'; id: string; focus?: 'owner' }
  | { name: 'syncSetup' }
  | { name: 'syncReview' }
  | { name: 'week' }
  | { name: 'selection' }
  | { name: 'handOver' }
  | { name: 'team' }
  | { name: 'suggestions' }
  | { name: 'board' }
  | { name: 'gaps' }
  | { name: 'reports' }
  | { name: 'import' }
  | { name: 'offerings' }
  | { name: 'notFound' };

export const paths = {
  accounts: () => '#/accounts',
  accountNew: () => '#/accounts/new',
  account: (id: string) => `#/accounts/${encodeURIComponent(id)}`,
  accountEdit: (id: string) => `#/accounts/${encodeURIComponent(id)}/edit`,
  accountTeam: (id: string) => `#/accounts/${encodeURIComponent(id)}/team`,
  accountOwner: (id: string) => `#/accounts/${encodeURIComponent(id)}/edit/owner`,
  syncSetup: () => '#/sync/setup',
  syncReview: () => '#/sync/review',
  week: () => '#/week',
  selection: () => '#/selection',
  handOver: () => '#/handover',
  team: () => '#/team',
  suggestions: () => '#/territories/suggestions',
  board: () => '#/board',
  gaps: () => '#/gaps',
  reports: () => '#/reports',
  import: () => '#/import',
  offerings: () => '#/offerings',
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
  if (section === 'board' && parts.length === 1) return { name: 'board' };
  if (section === 'gaps' && parts.length === 1) return { name: 'gaps' };
  if (section === 'reports' && parts.length === 1) return { name: 'reports' };
  if (section === 'import' && parts.length === 1) return { name: 'import' };
  if (section === 'offerings' && parts.length === 1) return { name: 'offerings' };
  if (parts.length === 0 || (section === 'accounts' && parts.length === 1))
    return { name: 'accounts' };
  if (section !== 'accounts' || !id || parts.length > 4) return { name: 'notFound' };
  if (id === 'new' && parts.length === 2) return { name: 'accountNew' };
  if (parts.length === 2) return { name: 'account', id };
  if (action === 'team' && parts.length === 3) return { name: 'account', id, focus: 'team' };
  if (action === 'edit' && parts.length === 3) return { name: 'accountEdit', id };
  if (action === 'edit' && parts[3] === 'owner') return { name: 'accountEdit', id, focus: 'owner' };
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
