/**
 * Where participants' phones reach this app. A facilitator who opened it as localhost (the
 * address `npm start` opens on the laptop) would otherwise hand out a link that only works on
 * that laptop; `npm start` passes the laptop's address on the room's network in VITE_JOIN_ORIGIN
 * (scripts/start.ts), and join links use it instead.
 */
export const JOIN_ORIGIN: string | null = originOf(
  (import.meta.env.VITE_JOIN_ORIGIN as string | undefined)?.trim(),
);

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** localhost, *.localhost, 127.x.y.z and [::1]: addresses that mean «this machine». */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === '::1'
  );
}

/** The start of a join link: this page's address, on the network address when it is loopback. */
export function joinBase(
  location: Pick<Location, 'origin' | 'hostname' | 'pathname' | 'search'> = window.location,
  lanOrigin: string | null = JOIN_ORIGIN,
): string {
  const origin = isLoopback(location.hostname) && lanOrigin ? lanOrigin : location.origin;
  return `${origin}${location.pathname}${location.search}`;
}

/** True when a link can only be opened on this machine. */
export function onlyHere(url: string): boolean {
  try {
    return isLoopback(new URL(url).hostname);
  } catch {
    return false;
  }
}
