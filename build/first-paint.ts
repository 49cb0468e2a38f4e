import { SHARE_FIRST_PAINT_META } from '../src/app-loading';

/** What a built chunk tells about itself (a subset of Rolldown's output chunk, with Vite's CSS). */
export type BuiltFile =
  | {
      type: 'chunk';
      fileName: string;
      name: string;
      isEntry: boolean;
      /** The module this chunk is the entry of (a dynamic import's, say), if any. */
      facadeModuleId?: string | null;
      moduleIds: string[];
      imports: string[];
      viteMetadata?: { importedCss: Set<string> };
    }
  | { type: 'asset'; fileName: string };

/**
 * The files of the chunks that hold these modules (paths from the project's root), in the order
 * the page asks for them: the first one's script, every chunk they import statically (directly or
 * not), then the stylesheets of all of these.
 */
export function chunkFiles(bundle: Record<string, BuiltFile>, modules: string[]): string[] {
  const chunks = [...Object.values(bundle)].flatMap((f) => (f.type === 'chunk' ? [f] : []));
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const scripts: string[] = [];
  const is = (module: string) => (id: string | null | undefined) =>
    Boolean(id?.replace(/\\/g, '/').endsWith(`/${module}`));
  const queue = modules.map((module) => {
    // A module imported dynamically may get a chunk of its own that only re-exports it from the
    // chunk that holds it: that one is what the import asks for.
    const chunk =
      chunks.find((c) => is(module)(c.facadeModuleId)) ??
      chunks.find((c) => c.moduleIds.some(is(module)));
    if (!chunk) throw new Error(`no chunk in the build holds ${module}`);
    return chunk.fileName;
  });
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (scripts.includes(file)) continue;
    scripts.push(file);
    queue.push(...(byFile.get(file)?.imports ?? []));
  }
  const styles = new Set(
    scripts.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]),
  );
  return [...scripts, ...styles];
}

/**
 * index.html with the meta tags that name the files of a shared result's first paint in each
 * language (src/share-first-paint.ts and its texts in that language), which the inline script
 * loads on share links; `base` is the app's base URL.
 */
export function withShareFirstPaint(
  html: string,
  filesByLocale: Record<string, string[]>,
  base: string,
): string {
  const metas = Object.entries(filesByLocale).map(([locale, files]) => {
    if (files.some((f) => /[\s"<>&]/.test(f))) throw new Error(`unexpected file name in ${files}`);
    const content = files.map((f) => `${base}${f}`).join(' ');
    return `<meta name="${SHARE_FIRST_PAINT_META}" data-locale="${locale}" content="${content}" />`;
  });
  const out = html.replace(
    /<\/head>/i,
    () => `${metas.map((m) => `    ${m}\n`).join('')}  </head>`,
  );
  if (out === html) throw new Error('index.html lacks a </head>');
  return out;
}
