/** The renderer's own address when it is served by the `app://` protocol. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rapport';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it has none. WHATWG `URL.origin` is
 * "null" for schemes it does not know (such as `app:`), so it is spelled out here.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

/** Where the window loads the renderer from: the dev server in development, else `app://`. */
export function rendererEntry(devServerUrl: string | undefined): { url: string; origin: string } {
  const devOrigin = devServerUrl ? originOf(devServerUrl) : null;
  if (devServerUrl && devOrigin) return { url: devServerUrl, origin: devOrigin };
  return { url: APP_ENTRY, origin: APP_ORIGIN };
}
