// Norwegian letters first: NFKD would split å into a + ring (and leave æ and ø alone), so
// «Årsmøte» would become «a-rsm-te» instead of «arsmote».
const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss' };

/**
 * A file-name-safe slug: lower-case a–z, 0–9 and single hyphens, at most `max` characters and
 * never ending in a hyphen. «Årsmøte på Ås» → «arsmote-pa-as». Empty when nothing is left.
 */
export function slug(text: string, max = 40): string {
  return text
    .toLowerCase()
    .replace(/[æøåß]/g, (c) => LETTERS[c]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
