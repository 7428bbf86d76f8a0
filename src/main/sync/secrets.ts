import type { Core } from '../core/core';
import { readTarget } from './target';

/**
 * How a host keeps a server token out of the book: the Electron shell registers the
 * operating system's store (safeStorage); the web host has none, and the token is kept
 * in the book, which the setup screen says.
 */
export interface TokenSealer {
  seal(token: string): string;
  unseal(sealed: string): string;
}

const sealers = new WeakMap<Core, TokenSealer>();

export function useTokenSealer(core: Core, sealer: TokenSealer): void {
  sealers.set(core, sealer);
}

export function sealerOf(core: Core): TokenSealer | undefined {
  return sealers.get(core);
}

/**
 * The token a sync job sends: unsealed by the host that sealed it (the job's worker
 * cannot reach the operating system's store), or null when the book keeps it as is.
 */
export function unsealedToken(core: Core): string | null {
  const target = readTarget(core);
  if (!target?.token || !target.sealed) return null;
  const sealer = sealerOf(core);
  if (!sealer) return null;
  return sealer.unseal(target.token);
}
