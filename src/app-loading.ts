// How the page brings in the app's code. Shared by the inline script in index.html
// (src/prerendered-locale.ts), a shared result's first paint (src/share-first-paint.ts) and the app
// itself (src/main.tsx). It imports nothing: the inline script carries all of it.

/** The meta tag that names the app's entry script (build/prerender.ts writes it). */
export const APP_ENTRY_META = 'modellkart-app';
/**
 * The meta tags that name the files of a shared result's first paint, one per language
 * (data-locale), space-separated: its script first, then its texts in that language and every
 * chunk these import, then their stylesheets (build/first-paint.ts).
 */
export const SHARE_FIRST_PAINT_META = 'modellkart-share-first-paint';
/** The longest the page waits for a step of loading (a first paint, a stylesheet) to finish. */
export const PATIENCE_MS = 3000;

function metaContent(name: string): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || undefined;
}

/** Adds the app's entry script, once, whoever asks first. */
export function loadApp(): void {
  const src = metaContent(APP_ENTRY_META);
  if (!src || document.querySelector('script[data-app-entry]')) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  script.dataset.appEntry = '';
  document.head.append(script);
}

/** The first paint's files in this language (SHARE_FIRST_PAINT_META); none if the build has none. */
export function shareFirstPaintFiles(locale: string): string[] {
  const meta = document.querySelector<HTMLMetaElement>(
    `meta[name="${SHARE_FIRST_PAINT_META}"][data-locale="${CSS.escape(locale)}"]`,
  );
  return meta?.content.split(/\s+/).filter(Boolean) ?? [];
}

/**
 * Loads a shared result's first paint: everything it needs is asked for at once, so the paint
 * waits for one round of requests. It adds the app when done; if it cannot load, or takes too
 * long, the app comes anyway.
 */
export function loadShareFirstPaint([entry, ...rest]: string[]): void {
  if (!entry) return loadApp();
  for (const href of rest) {
    const link = document.createElement('link');
    link.rel = href.endsWith('.css') ? 'stylesheet' : 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  const script = document.createElement('script');
  script.type = 'module';
  script.src = entry;
  script.addEventListener('error', loadApp);
  document.head.append(script);
  setTimeout(loadApp, PATIENCE_MS);
}

/**
 * The full stylesheet waits in `data-href` (build/prerender.ts) while the prerendered start page
 * paints with its rules inline. Every other page needs it for its first paint: this asks for it.
 */
export function loadStylesheet(): void {
  document
    .querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][data-href]:not([href])')
    .forEach((link) => {
      link.href = link.dataset.href!;
    });
}

/** Resolves once every stylesheet asked for has loaded or failed, or after PATIENCE_MS:
 * one that failed before this was called sends no more events. */
export function stylesheetsLoaded(): Promise<unknown> {
  const pending = Array.from(
    document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][href]'),
  )
    .filter((link) => !link.sheet)
    .map(
      (link) =>
        new Promise((resolve) => {
          link.addEventListener('load', resolve, { once: true });
          link.addEventListener('error', resolve, { once: true });
        }),
    );
  return Promise.race([
    Promise.all(pending),
    new Promise((resolve) => setTimeout(resolve, PATIENCE_MS)),
  ]);
}

/** Runs `run` once the page's first contentful paint is reported (after 2 s at the latest). */
export function afterFirstPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return once();
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    once();
  }).observe({ type: 'paint', buffered: true });
  // Never wait long for a paint the browser does not report.
  setTimeout(once, 2000);
}

/** Runs `run` once the browser has painted what is on screen now (at once in a hidden tab,
 * which does not paint). */
export function afterNextPaint(run: () => void): void {
  if (document.visibilityState !== 'visible') return run();
  requestAnimationFrame(() => setTimeout(run, 0));
}
