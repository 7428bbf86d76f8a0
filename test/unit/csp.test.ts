import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../src/shared/csp';

const html = fs.readFileSync(path.resolve(__dirname, '../../src/renderer/index.html'), 'utf8');

function metaPolicy(): string | undefined {
  return /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
}

describe('content security policy', () => {
  it("is the renderer's meta tag, word for word", () => {
    expect(metaPolicy()).toBe(META_CONTENT_SECURITY_POLICY);
  });

  it('adds only what a meta tag cannot carry to the header', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it('runs no script from anywhere but the app itself', () => {
    const script = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
