/**
 * Settings a host sets at build time (see README): who answers accessibility feedback.
 * VITE_CONTACT_EMAIL=tilgjengelighet@kommune.no npm run build
 */
export const siteConfig = {
  contactEmail: (import.meta.env.VITE_CONTACT_EMAIL as string | undefined)?.trim() || null,
  contactName: (import.meta.env.VITE_CONTACT_NAME as string | undefined)?.trim() || null,
  statementUpdated: '2026-11-29',
};
