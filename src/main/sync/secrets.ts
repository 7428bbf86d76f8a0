import type { Core } from '../core/core';

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
