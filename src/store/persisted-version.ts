/** The version of what the assessment store keeps in localStorage. Bump it and add a migration. */
export const PERSISTED_VERSION = 1;
