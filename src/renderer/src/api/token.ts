const TOKEN_KEY = 'rapport.token';

/**
 * The web host hands its per-launch bearer token in the page URL (`?token=…`).
 * Keep it for this tab only and take it out of the address bar.
 */
export function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(
      window.history.state,
      '',
      `${url.pathname}${url.search}${url.hash}`,
    );
  }
  return sessionStorage.getItem(TOKEN_KEY);
}
