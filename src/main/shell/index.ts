import path from 'node:path';
import { app, dialog, protocol } from 'electron';
import { openBooks } from '../core/books';
import { guardOf } from '../db/integrity';
import { launch, RENDERER_DIR } from './launch';
import { registerAppScheme } from './protocol';

// The scheme's privileges can only be declared before the app is ready.
registerAppScheme(protocol);

void app.whenReady().then(() => {
  const file = path.join(app.getPath('userData'), 'rapport.db');
  let core;
  try {
    core = openBooks(file);
  } catch (error) {
    // A damaged, read-only or foreign book: say so in a window, leave the file alone.
    dialog.showErrorBox('Rapport cannot open your book', (error as Error).message);
    app.exit(1);
    return;
  }
  guardOf(core.db)?.onDamaged((damage) =>
    dialog.showErrorBox('Rapport found damage in your book', damage.message),
  );
  launch(core, { rendererDir: RENDERER_DIR, devServerUrl: process.env.ELECTRON_RENDERER_URL });
  app.on('will-quit', () => core.close());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
