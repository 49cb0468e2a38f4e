import { describe, expect, it } from 'vitest';
import { escapeXml } from './xml';

describe('escapeXml', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">&'\u0000`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });

  it('keeps letters outside ASCII, emoji included', () => {
    expect(escapeXml('Førde – Ålesund 😀')).toBe('Førde – Ålesund 😀');
  });
});
