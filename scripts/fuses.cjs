#!/usr/bin/env node
// Electron fuses (DESIGN §9): switches compiled into the packaged Electron binary that
// turn off ways of running it as something other than Rapport. Flipped once, after
// packaging, so they cannot be turned back on by the user's environment.
//
//   node scripts/fuses.cjs <packaged binary or .app>   (npm run fuses -- <path>)
//   electron-builder: "afterPack": "scripts/fuses.cjs"
const path = require('node:path');
const { flipFuses, getCurrentFuseWire, FuseV1Options, FuseVersion } = require('@electron/fuses');

/** What the packaged app may do; every fuse this version of @electron/fuses knows is set. */
const FUSES = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node with the app's signature.
  [FuseV1Options.RunAsNode]: false,
  // Cookies on disk are encrypted with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (e.g. --require) would run code inside the app.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect would let a debugger attach to the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app.asar must match the hash recorded at packaging time.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only the app.asar is loaded, never a loose app/ folder placed beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app://, so file:// pages need no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The file to flip for an electron-builder afterPack context. */
function packagedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${name}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName || name);
}

/** Flips the fuses, then reads them back: a packaged app with a fuse left open fails the build. */
async function flipRapportFuses(binary, { resetAdHocDarwinSignature = false } = {}) {
  await flipFuses(binary, { ...FUSES, resetAdHocDarwinSignature });
  const wire = await getCurrentFuseWire(binary);
  const wrong = Object.entries(FUSES)
    .filter(([key]) => key !== 'version')
    .filter(([key, on]) => wire[key] !== (on ? 49 : 48) && wire[key] !== 114 /* removed */)
    .map(([key]) => FuseV1Options[key]);
  if (wrong.length > 0) throw new Error(`Fuses not set in ${binary}: ${wrong.join(', ')}`);
  return wire;
}

/** electron-builder's afterPack hook. */
async function afterPack(context) {
  // Flipping a fuse breaks the ad-hoc signature arm64 macOS requires; re-sign ad hoc.
  const arm64 = context.arch === 3 || context.arch === 4; // builder-util Arch.arm64, .universal
  const binary = packagedBinary(context);
  await flipRapportFuses(binary, {
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && arm64,
  });
  console.log(`Electron fuses set in ${binary}`);
}

module.exports = { FUSES, flipRapportFuses, packagedBinary, default: afterPack };

if (require.main === module) {
  const binary = process.argv[2];
  if (!binary) {
    console.error('Usage: node scripts/fuses.cjs <path to the packaged Electron binary or .app>');
    process.exit(2);
  }
  flipRapportFuses(path.resolve(binary)).then(
    () => console.log(`Electron fuses set in ${binary}`),
    (error) => {
      console.error(`Could not set the fuses of ${binary}: ${error.message}`);
      process.exit(1);
    },
  );
}
