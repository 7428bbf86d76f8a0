import path from 'node:path';
import { z } from 'zod';
import { issuesFromZod } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import type { SyncAdapter } from './adapter';
import { createFolderAdapter } from './folder';
import { createHttpAdapter } from './http';

/**
 * One spec string names a sync target everywhere a person types one (the CLI's
 * `--adapter`, the setup screen): `folder:/path` or a server URL.
 */
export type AdapterSpec = { kind: 'folder'; dir: string } | { kind: 'http'; url: string };

const CHOOSE = 'Choose a folder (folder:/path) or a server URL (http://host:port)';

const folderSpec = z
  .string()
  .regex(/^folder:./)
  .transform((spec): AdapterSpec => ({
    kind: 'folder',
    dir: path.resolve(spec.slice('folder:'.length)),
  }));

const httpSpec = z
  .url({ protocol: /^https?$/ })
  .transform((url): AdapterSpec => ({ kind: 'http', url }));

const adapterSpec = z
  .string()
  .trim()
  .pipe(z.union([folderSpec, httpSpec]));

export function parseAdapterSpec(spec: string): AdapterSpec {
  const parsed = adapterSpec.safeParse(spec);
  if (!parsed.success) throw RapportError.validation('adapter', CHOOSE);
  return parsed.data;
}

const adapterOptions = z.object({
  token: z.string().nullable().optional(),
  timeoutMs: z
    .number()
    .int()
    .positive({ message: 'timeoutMs must be a positive number of milliseconds' })
    .optional(),
});

export interface AdapterOptions {
  /** The device token `rapport users add` printed; a server needs one, a folder none. */
  token?: string | null;
  /** How long a server may take to answer one request. */
  timeoutMs?: number;
  /** Where a folder's skipped files are reported. */
  log?: (message: string) => void;
}

export function createAdapter(spec: string, options: AdapterOptions = {}): SyncAdapter {
  const target = parseAdapterSpec(spec);
  const checked = adapterOptions.safeParse({ token: options.token, timeoutMs: options.timeoutMs });
  if (!checked.success) throw issuesFromZod(checked.error);
  const { token, timeoutMs } = checked.data;
  if (target.kind === 'folder') return createFolderAdapter(target.dir, { log: options.log });
  if (!token?.trim())
    throw RapportError.validation(
      'token',
      "A server needs this device's token (printed once by `rapport users add`)",
    );
  return createHttpAdapter({ url: target.url, token: token.trim(), timeoutMs });
}
