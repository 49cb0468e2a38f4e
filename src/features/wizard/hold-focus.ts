// What the user does: focus and scrolling are theirs from then on.
const USER_INPUT = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
// A lazy page can take a while on a slow phone (the app waits as long for its heading).
const FIND_MS = 10_000;
// The app's move to the heading comes in the same frame as the page, or the one after; charts
// and lazily loaded buttons above the element can take their size a little later.
const HOLD_MS = 3_000;

type Options = {
  /** The element to focus, or null while the page is not there yet. */
  find: () => HTMLElement | null;
  /** Focuses the element and scrolls it where it belongs. */
  place: (element: HTMLElement) => void;
  /** False once the user is somewhere else (another address): stop. */
  stillHere?: () => boolean;
};

/**
 * Puts focus on what `find` returns as soon as it is there, and keeps it there against the app's
 * move to the page's h1 after a route change (src/app/app.tsx), which can come before or after
 * ours: in the same task, or when a lazily loaded page's heading appears. Tries first in a
 * microtask (before the page is painted), then once per frame. While content above it still
 * takes its size, the element is kept at the same height in the window (scroll anchoring keeps
 * the top of the window instead). Gives up at the user's first key, click, wheel or touch, and
 * never takes focus back from anything but the h1 or <body>. Returns a function that stops it.
 */
export function holdFocus({ find, place, stillHere = () => true }: Options): () => void {
  const started = performance.now();
  let placed: HTMLElement | null = null;
  let placedAt = 0;
  let placedTop = 0;
  let frame = 0;
  let stopped = false;

  // Without ResizeObserver (old browsers, jsdom) the check once per frame still keeps it there.
  const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => keep());
  const stop = () => {
    stopped = true;
    cancelAnimationFrame(frame);
    resized?.disconnect();
    for (const type of USER_INPUT) window.removeEventListener(type, stop, true);
  };
  const taken = () => {
    const active = document.activeElement;
    return active === null || active === document.body || active.tagName === 'H1';
  };
  const put = (element: HTMLElement) => {
    place(element);
    placedTop = element.getBoundingClientRect().top;
  };
  // Called each frame and whenever the page changes size (after layout, before the paint).
  const keep = () => {
    if (stopped || !placed?.isConnected) return;
    if (document.activeElement !== placed && taken()) return put(placed);
    const drift = placed.getBoundingClientRect().top - placedTop;
    if (Math.abs(drift) >= 1) {
      window.scrollBy({ top: drift, behavior: 'instant' });
      placedTop = placed.getBoundingClientRect().top;
    }
  };
  const tick = () => {
    if (stopped) return;
    if (!stillHere()) return stop();
    const now = performance.now();
    if (!placed?.isConnected) {
      placed = find();
      if (placed) {
        put(placed);
        placedAt = now;
      } else if (now - started > FIND_MS) {
        return stop();
      }
    } else {
      keep();
    }
    if (placed && now - placedAt > HOLD_MS) return stop();
    frame = requestAnimationFrame(tick);
  };

  for (const type of USER_INPUT) window.addEventListener(type, stop, true);
  resized?.observe(document.querySelector('main') ?? document.body);
  queueMicrotask(tick);
  return stop;
}
