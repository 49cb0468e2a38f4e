import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, sha256Source, styleAttributeHashes } from './csp';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy', () => {
  it('allows inline scripts by hash only and never unsafe-inline', () => {
    const csp = contentSecurityPolicy([sha256Source('run()')], []);
    expect(csp).toContain(`script-src 'self' ${hash('run()')}`);
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("connect-src 'self'");
  });

  it('allows style attributes by hash, with unsafe-hashes only when there are some', () => {
    const csp = contentSecurityPolicy([], ["'sha256-abc'"]);
    expect(csp).toContain("style-src 'self' 'unsafe-hashes' 'sha256-abc'");
  });

  it('hashes each distinct style attribute as the browser decodes it', () => {
    const html =
      '<p style="width:50%"></p><p style="width:50%"></p><i style="font-family:&quot;A&quot;"></i>';
    expect(styleAttributeHashes(html)).toEqual([hash('width:50%'), hash('font-family:"A"')].sort());
  });
});
