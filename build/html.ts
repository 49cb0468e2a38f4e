import { SHARE_FIRST_PAINT_META } from '../src/app-loading';
// HTML that the build writes and the budget script reads: one reading of what a page loads.

/** What index.html loads up front: script src, modulepreload and stylesheet hrefs, inline code. */
export function startPageRefs(html: string): {
  scripts: string[];
  styles: string[];
  inlineScripts: string[];
  inlineStyles: string[];
} {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const attr = (tag: string, name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
      .exec(tag)
      ?.slice(1)
      .find((v) => v !== undefined);
  const scripts: string[] = [];
  const styles: string[] = [];
  const inlineScripts: string[] = [];
  const inlineStyles: string[] = [];
  for (const m of withoutComments.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const open = `<script ${m[1]}>`;
    const type = attr(open, 'type');
    if (type && !/^(module|text\/javascript)$/i.test(type)) continue; // JSON-LD and the like
    const src = attr(open, 'src');
    if (src) scripts.push(src);
    else if (m[2]!.trim()) inlineScripts.push(m[2]!);
  }
  // The app's entry, which the inline script loads (build/prerender.ts withAppAfterPaint).
  for (const m of withoutComments.matchAll(/<meta\b[^>]*>/gi)) {
    if (attr(m[0], 'name') !== 'modellkart-app') continue;
    const src = attr(m[0], 'content');
    if (src) scripts.push(src);
  }
  for (const m of withoutComments.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(m[0], 'rel')?.toLowerCase().split(/\s+/) ?? [];
    // A stylesheet or manifest held back until the first paint (build/prerender.ts) still loads.
    const href = attr(m[0], 'href') ?? attr(m[0], 'data-href');
    if (!href) continue;
    if (rel.includes('modulepreload')) scripts.push(href);
    else if (rel.includes('stylesheet')) styles.push(href);
  }
  for (const m of withoutComments.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    if (m[1]!.trim()) inlineStyles.push(m[1]!);
  }
  return { scripts, styles: [...new Set(styles)], inlineScripts, inlineStyles };
}

/**
 * The files of a shared result's first paint in each language, as the meta tags of
 * build/first-paint.ts name them.
 */
export function shareFirstPaintRefs(html: string): { locale: string; files: string[] }[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  return [...withoutComments.matchAll(/<meta\b[^>]*>/gi)].flatMap(([tag]) => {
    if (!new RegExp(`\\sname="${SHARE_FIRST_PAINT_META}"`).test(tag)) return [];
    const locale = /\sdata-locale="([^"]*)"/.exec(tag)?.[1] ?? '';
    const content = /\scontent="([^"]*)"/.exec(tag)?.[1] ?? '';
    return [{ locale, files: content.split(/\s+/).filter(Boolean) }];
  });
}
