/**
 * Text made safe for XML and HTML: drops characters XML 1.0 forbids (a DOM parser would reject
 * the file) and escapes markup. Used by the drawings and by the build's HTML alike.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
