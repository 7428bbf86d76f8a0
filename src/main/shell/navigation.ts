import type { WebContents } from 'electron';
import { originOf } from './origin';

/**
 * Keeps a window on the app's own origin: a link dropped on the window, a redirect or
 * a script must not take the page (with the preload, and so the API, still attached)
 * anywhere else, nor open new windows or embed `<webview>`s.
 */
export function guardNavigation(contents: WebContents, origin: string): void {
  const stayHome = (event: { url: string; preventDefault(): void }) => {
    if (originOf(event.url) !== origin) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
