import type { SafeStorage } from 'electron';
import type { Core } from '../core/core';
import { useTokenSealer } from '../sync/secrets';

/**
 * The server token is kept sealed by the operating system's store (Keychain, DPAPI,
 * libsecret) through Electron's safeStorage: the book holds only the sealed bytes, so a
 * copied book file does not carry a way into the team's server. Where the store is not
 * available (a Linux session without a keyring), the token stays in the book and the
 * setup screen says so.
 */
export function sealTokens(
  core: Core,
  store: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>,
): void {
  if (!store.isEncryptionAvailable()) return;
  useTokenSealer(core, {
    seal: (token) => store.encryptString(token).toString('base64'),
    unseal: (sealed) => store.decryptString(Buffer.from(sealed, 'base64')),
  });
}
