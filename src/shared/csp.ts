/**
 * The Content-Security-Policy of the renderer, declared once: the Electron shell's
 * `app://` protocol and the web host send it as a header, and src/renderer/index.html
 * carries the same policy in a meta tag (checked by test/unit/csp.test.ts).
 *
 * Mantine injects its styles at run time, hence `'unsafe-inline'` for styles only;
 * scripts come from the app's own origin and nowhere else.
 */
const directives: Record<string, readonly string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Browsers ignore these in a `<meta>` policy (and warn about them), so the meta omits them. */
const HEADER_ONLY = new Set(['frame-ancestors']);

function serialize(names: string[]): string {
  return names.map((name) => `${name} ${directives[name]!.join(' ')}`).join('; ');
}

/** The policy as an HTTP header value. */
export const CONTENT_SECURITY_POLICY = serialize(Object.keys(directives));

/** The same policy as src/renderer/index.html's meta tag must carry it. */
export const META_CONTENT_SECURITY_POLICY = serialize(
  Object.keys(directives).filter((name) => !HEADER_ONLY.has(name)),
);
