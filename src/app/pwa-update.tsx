/// <reference types="vite-plugin-pwa/client" />
import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/use-t';

type Update = (reloadPage?: boolean) => Promise<void>;

// Module state, not React state: the worker is registered once per page, outside StrictMode.
let waitingUpdate: Update | null = null;
const listeners = new Set<() => void>();
let started = false;
const IDLE_TIMEOUT_MS = 3000;

function setWaitingUpdate(update: Update | null) {
  waitingUpdate = update;
  listeners.forEach((notify) => notify());
}

/**
 * Registers the service worker once the page has loaded and the browser is idle, so it never
 * competes with the first paint or the app taking over; the registration code (and
 * workbox-window) loads on demand.
 */
export function startServiceWorker(): void {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  started = true;
  const register = () => {
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const update = registerSW({
        // A new version is waiting: ask, never swap code under the user.
        onNeedRefresh: () => setWaitingUpdate(update),
      });
    });
  };
  // Registration and the worker's first precache are not urgent: leave the main thread to the
  // page until it is idle.
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(register, { timeout: IDLE_TIMEOUT_MS })
      : setTimeout(register, 0);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

/** Activates the waiting worker and reloads once it has taken over the page. */
function reloadInto(update: Update) {
  // registerSW only reloads by itself when the page was already controlled at registration,
  // which is not so on the very first visit: listen for the takeover here.
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  void update(true);
}

function useWaitingUpdate(): Update | null {
  return useSyncExternalStore(
    (notify) => {
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
    () => waitingUpdate,
    () => null,
  );
}

/** Tells the user a new version is ready and reloads into it when they choose. */
export function PwaUpdate() {
  const t = useT();
  const update = useWaitingUpdate();
  if (!update) return null;
  return (
    <div className="ds-alert mk-no-print mk-notice" data-color="info" role="status">
      <div className="mk-row">
        <p className="ds-paragraph">{t('app.update.available')}</p>
        <button
          type="button"
          className="ds-button"
          data-variant="primary"
          onClick={() => reloadInto(update)}
        >
          {t('app.update.reload')}
        </button>
      </div>
    </div>
  );
}
