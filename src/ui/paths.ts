/** Route paths (hash-based, so the build works from any static host and sub-path). */
export const paths = {
  start: '/',
  wizardStep: (step: number) => `/kartlegging/${step + 1}`,
  wizardPattern: '/kartlegging/:step',
  review: '/oppsummering',
  results: '/resultat',
  shared: '/delt/:code',
  sharedCode: (code: string) => `/delt/${code}`,
  workshop: '/workshop',
  accessibility: '/tilgjengelighet',
  method: '/metode',
  /** «Hent svar fra fil» from the menu: the import on a page of its own. */
  importAnswers: '/hent-svar',
} as const;

/** The first segment of a route path or location hash: 'resultat' for '#/resultat?x'. */
export function firstPathSegment(pathOrHash: string): string {
  return pathOrHash.replace(/^#?\/?/, '').split(/[/?]/)[0] ?? '';
}

/** Whether a location hash ('', '#', '#/', '#/?x') shows the start page. */
export function isStartPageHash(hash: string): boolean {
  return firstPathSegment(hash) === '';
}

/** The code in a share link's location hash ('#/delt/<code>', as the shared route matches it). */
export function sharedCodeOf(hash: string): string | null {
  return /^#?\/?delt\/([^/?]+)\/?$/.exec(hash)?.[1] ?? null;
}
