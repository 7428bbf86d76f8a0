import path from 'node:path';
import { app, protocol } from 'electron';
import { openWithDemo } from '../core/firstRun';
import { launch, RENDERER_DIR } from './launch';
import { registerAppScheme } from './protocol';

// The scheme's privileges can only be declared before the app is ready.
registerAppScheme(protocol);

void app.whenReady().then(() => {
  const core = openWithDemo(path.join(app.getPath('userData'), 'rapport.db'));
  launch(core, { rendererDir: RENDERER_DIR, devServerUrl: process.env.ELECTRON_RENDERER_URL });
  app.on('will-quit', () => core.close());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
