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
} as const;
