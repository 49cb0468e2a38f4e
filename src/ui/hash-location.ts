import { useSyncExternalStore } from 'react';
import { navigate } from 'wouter/use-hash-location';

/**
 * Longer than any address of ours (a share code is at most 60 000 characters). A longer hash is
 * cut here, once, so the share page refuses it at once as too long.
 */
export const MAX_PATH_LENGTH = 61_000;

const hashPrefix = /^#?\/?/;

/**
 * The path in the location hash, read once per `hashchange` rather than on every render: every
 * component that reads the location then gets the same string, compared by reference. With
 * wouter's own hook, each of them read and copied `location.hash` again, which took seconds for
 * a crafted 2 MB link before the page could say it was too long.
 */
function readPath(): string {
  const hash = typeof location === 'undefined' ? '' : location.hash;
  const cut = hash.length > MAX_PATH_LENGTH ? hash.slice(0, MAX_PATH_LENGTH) : hash;
  return `/${cut.replace(hashPrefix, '')}`;
}

let current = readPath();
const listeners = new Set<() => void>();

function onHashChange() {
  const next = readPath();
  if (next === current) return;
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    addEventListener('hashchange', onHashChange);
    // Read again: the hash may have changed before anyone listened.
    current = readPath();
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) removeEventListener('hashchange', onHashChange);
  };
}

/** wouter's hash location, with the path read once per change and cut at MAX_PATH_LENGTH. */
export function useHashPath(): [string, typeof navigate] {
  return [
    useSyncExternalStore(
      subscribe,
      () => current,
      () => '/',
    ),
    navigate,
  ];
}
useHashPath.hrefs = (href: string) => `#${href}`;
