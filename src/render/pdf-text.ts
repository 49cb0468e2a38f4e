// WinAnsi's characters beyond Latin-1, so they are kept rather than replaced.
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Keeps what the standard PDF fonts can show; the rest becomes its nearest plain form. */
export function toWinAnsi(text: string): string {
  return text
    .replace(/[\u2009\u202f\u2007\u200a]/g, ' ')
    .replace(/\u2192/g, '->')
    .replace(/\u2190/g, '<-')
    .replace(/\u2265/g, '>=')
    .replace(/\u2264/g, '<=')
    .replace(/\u2212/g, '-')
    .replace(/[\u2010\u2011]/g, '-')
    .normalize('NFC')
    .replace(/[^\n\x20-\x7e\xa0-\xff]/g, (c) => (WIN_ANSI_EXTRA.includes(c) ? c : '?'));
}
