import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

interface FusesScript {
  FUSES: Record<string, unknown>;
  flipRapportFuses(binary: string): Promise<unknown>;
  default(context: unknown): Promise<void>;
}
const script = path.resolve(__dirname, '../../scripts/fuses.cjs');
const fuses = createRequire(import.meta.url)(script) as FusesScript;

// Where @electron/fuses finds the fuse wire in an Electron binary.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);

/** A file laid out like an Electron binary around its fuse wire: Electron's defaults, 9 fuses. */
function fakeBinary(file: string): void {
  const defaults = '101100011'; // RunAsNode on, cookie encryption off, NODE_OPTIONS on, …
  fs.writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('\x7fELF not really electron'),
      Buffer.from(SENTINEL),
      Buffer.from([1, defaults.length]),
      Buffer.from(defaults),
      Buffer.from('trailing code'),
    ]),
  );
}

/** The wire as fuse name → on/off. */
async function wireOf(file: string): Promise<Record<string, string>> {
  const wire = (await getCurrentFuseWire(file)) as unknown as Record<number, number>;
  const named: Record<string, string> = {};
  for (let i = 0; i < 9; i++) {
    named[FuseV1Options[i] ?? `fuse ${i}`] = wire[i] === ON ? 'on' : wire[i] === OFF ? 'off' : '?';
  }
  return named;
}

const EXPECTED = {
  RunAsNode: 'off',
  EnableCookieEncryption: 'on',
  EnableNodeOptionsEnvironmentVariable: 'off',
  EnableNodeCliInspectArguments: 'off',
  EnableEmbeddedAsarIntegrityValidation: 'on',
  OnlyLoadAppFromAsar: 'on',
  LoadBrowserProcessSpecificV8Snapshot: 'off',
  GrantFileProtocolExtraPrivileges: 'off',
  // A fuse newer than this @electron/fuses (WasmTrapHandlers) keeps Electron's default.
  'fuse 8': 'on',
};

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-fuses-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('Electron fuses', () => {
  it('are configured as DESIGN §9 asks', () => {
    const byName = Object.fromEntries(
      Object.entries(fuses.FUSES)
        .filter(([key]) => key !== 'version')
        .map(([key, on]) => [FuseV1Options[Number(key)], on]),
    );
    expect(byName).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('are flipped in a binary by the command line script', async () => {
    const binary = path.join(dir, 'rapport');
    fakeBinary(binary);
    expect((await wireOf(binary)).RunAsNode).toBe('on');
    execFileSync(process.execPath, [script, binary], { stdio: 'pipe' });
    expect(await wireOf(binary)).toEqual(EXPECTED);
    expect(fs.readFileSync(binary).toString('latin1')).toMatch(/trailing code$/);
  });

  it('are flipped by the electron-builder afterPack hook in the packaged Linux binary', async () => {
    const binary = path.join(dir, 'rapport');
    fakeBinary(binary);
    await fuses.default({
      appOutDir: dir,
      electronPlatformName: 'linux',
      arch: 1,
      packager: { executableName: 'rapport', appInfo: { productFilename: 'Rapport' } },
    });
    expect(await wireOf(binary)).toEqual(EXPECTED);
  });

  it('refuse a file that is not an Electron binary, saying so', () => {
    const other = path.join(dir, 'notepad');
    fs.writeFileSync(other, 'no fuses here');
    let message = '';
    try {
      execFileSync(process.execPath, [script, other], { stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      message = String((error as { stderr: string }).stderr);
    }
    expect(message).toContain(`Could not set the fuses of ${other}: Could not find sentinel`);
  });
});
