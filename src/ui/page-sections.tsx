import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { useLocation } from 'wouter';
import { useT } from '../i18n/use-t';

/**
 * A long page split into sections a reader can fold, with a menu that jumps to each. Sections
 * register themselves, so sections that other features add (through slots) are in the menu too.
 */
type Entry = { id: string; title: string; element: HTMLElement; reveal: () => void };

type Register = (entry: Entry) => () => void;

// Two contexts: sections only register (a function that never changes), and only the menu reads
// the list. A section that registers then re-renders the menu alone, not every section on the page.
const RegisterContext = createContext<Register | null>(null);
const EntriesContext = createContext<Entry[]>([]);

export function SectionsProvider({ children }: { children: ReactNode }) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const register = useCallback((entry: Entry) => {
    setEntries((list) => sortByPosition([...list.filter((e) => e.id !== entry.id), entry]));
    return () => setEntries((list) => list.filter((e) => e !== entry));
  }, []);
  return (
    <RegisterContext.Provider value={register}>
      <EntriesContext.Provider value={entries}>{children}</EntriesContext.Provider>
    </RegisterContext.Provider>
  );
}

function sortByPosition(list: Entry[]): Entry[] {
  return list.sort((a, b) =>
    a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}

export type PageSectionProps = {
  title: string;
  children: ReactNode;
  /** Shown beside the heading whether the section is folded or not (e.g. download buttons). */
  actions?: ReactNode;
  /**
   * Below the first screen: its heading is there at once, its content a moment later (when it
   * comes near the screen, when the page is idle, or when the menu jumps to it).
   */
  deferred?: boolean;
  className?: string;
  /** The heading, for a section that moves focus to it (e.g. after deleting its last item). */
  headingRef?: Ref<HTMLHeadingElement>;
};

/** A section with an h2 that folds and unfolds it (a disclosure button inside the heading). */
export function PageSection({
  title,
  children,
  actions,
  deferred,
  className,
  headingRef,
}: PageSectionProps) {
  const register = useContext(RegisterContext);
  const id = useId();
  const headingId = `${id}-heading`;
  const bodyId = `${id}-body`;
  const ref = useRef<HTMLElement>(null);
  const [open, setOpen] = useState(true);
  const body = useRef<HTMLDivElement>(null);
  const mounted = useMountWhenNeeded(ref, !deferred);
  useFoldedButFindable(body, open, () => setOpen(true));

  const reveal = useCallback(() => {
    setOpen(true);
    mounted.now();
  }, [mounted]);

  useLayoutEffect(() => {
    if (!register || !ref.current) return;
    // The entry changes with the title (a language switch); `register` never changes.
    return register({ id, title, element: ref.current, reveal });
  }, [register, id, title, reveal]);

  return (
    <section
      ref={ref}
      className={['mk-section', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-folded={open ? undefined : ''}
    >
      <div className="mk-section__head">
        <h2
          id={headingId}
          ref={headingRef}
          className="ds-heading mk-section__heading"
          data-size="md"
          tabIndex={-1}
        >
          <button
            type="button"
            className="mk-section__toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => {
              setOpen((v) => !v);
              mounted.now();
            }}
          >
            {title}
          </button>
        </h2>
        {actions && <div className="mk-section__actions mk-no-print">{actions}</div>}
      </div>
      <div id={bodyId} ref={body} className="mk-section__body mk-stack">
        {mounted.value ? (
          children
        ) : (
          <div className="mk-section__placeholder" data-section-pending="" />
        )}
      </div>
    </section>
  );
}

/**
 * A folded section's content stays findable: `hidden="until-found"` lets the browser's find in page
 * reach it, and unfolds the section when it does.
 */
function useFoldedButFindable(
  ref: React.RefObject<HTMLElement | null>,
  open: boolean,
  unfold: () => void,
) {
  const latest = useRef(unfold);
  latest.current = unfold;
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (open) {
      element.removeAttribute('hidden');
      return;
    }
    element.setAttribute('hidden', 'until-found');
    const onMatch = () => latest.current();
    element.addEventListener('beforematch', onMatch);
    return () => element.removeEventListener('beforematch', onMatch);
  }, [ref, open]);
}

/**
 * Whether a deferred section's content is mounted: at once when not deferred; else when it comes
 * within a couple of screens, when the browser is idle after the first screen is drawn, or on
 * request. Mounting is a transition, so a tap or key press never waits for it.
 */
/** Asks every deferred section to mount now, e.g. to put focus back on a link inside one. */
export const REVEAL_SECTIONS_EVENT = 'modellkart:reveal-sections';

export function revealAllSections(): void {
  window.dispatchEvent(new Event(REVEAL_SECTIONS_EVENT));
}

/** When a way back to a spot on the page was taken (see revealOnArrival), as performance.now(). */
let arrivalAt = -Infinity;
const ARRIVAL_MS = 5000;

/**
 * Called as a link back to a spot on the next page is followed: that page's sections mount at
 * once, so focus can go straight to the spot without a frame on anything else.
 */
export function revealOnArrival(): void {
  arrivalAt = performance.now();
}

/** True while a deferred section has not mounted its content yet. */
export function sectionsPending(): boolean {
  return document.querySelector('[data-section-pending]') !== null;
}

function useMountWhenNeeded(ref: React.RefObject<HTMLElement | null>, immediate: boolean) {
  const [value, setValue] = useState(() => immediate || performance.now() - arrivalAt < ARRIVAL_MS);
  const now = useCallback(() => setValue(true), []);
  useEffect(() => {
    if (value || !ref.current) return;
    const mount = () => startTransition(() => setValue(true));
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((items) => items.some((i) => i.isIntersecting) && mount(), {
            rootMargin: '100% 0px',
          });
    observer?.observe(ref.current);
    if (!observer) mount();
    const reveal = () => setValue(true);
    window.addEventListener(REVEAL_SECTIONS_EVENT, reveal);
    // Everything is in the page soon anyway (find in page, printing), one section at a time.
    const idle = whenIdle(mount);
    return () => {
      observer?.disconnect();
      window.removeEventListener(REVEAL_SECTIONS_EVENT, reveal);
      idle();
    };
  }, [value, ref]);
  return useMemo(() => ({ value, now }), [value, now]);
}

const idleQueue: (() => void)[] = [];
let idleScheduled = false;

/** Runs the queued tasks one per idle period, so each mounts on its own, never all at once. */
function whenIdle(task: () => void): () => void {
  idleQueue.push(task);
  scheduleIdle();
  return () => {
    const i = idleQueue.indexOf(task);
    if (i >= 0) idleQueue.splice(i, 1);
  };
}

function scheduleIdle() {
  if (idleScheduled || idleQueue.length === 0) return;
  idleScheduled = true;
  const run = () => {
    idleScheduled = false;
    idleQueue.shift()?.();
    scheduleIdle();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 4000 });
  else setTimeout(run, 200);
}

/**
 * The list of the page's sections as jump links. On a phone it is a compact bar that stays at the
 * top of the screen and opens the list with a button.
 */
export function SectionMenu() {
  const t = useT();
  const entries = useContext(EntriesContext);
  const [location] = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (entries.length === 0) return null;

  const jump = (entry: Entry) => (event: React.MouseEvent) => {
    event.preventDefault();
    setOpen(false);
    entry.reveal();
    const heading = entry.element.querySelector<HTMLElement>('h2');
    entry.element.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };

  return (
    <nav className="mk-section-menu mk-no-print" aria-label={t('pageNav.sectionsLabel')}>
      <button
        type="button"
        className="ds-button mk-section-menu__button"
        data-variant="secondary"
        data-size="sm"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((v) => !v)}
      >
        {t('pageNav.sectionsButton')}
      </button>
      <p className="ds-paragraph mk-section-menu__title" data-size="sm" aria-hidden="true">
        {t('pageNav.sectionsLabel')}
      </p>
      <ul id={listId} className="mk-section-menu__list" data-open={open || undefined}>
        {entries.map((entry) => (
          <li key={entry.id}>
            {/* The address stays this page's: the hash holds the route, not a fragment. */}
            <a href={`#${location}`} className="ds-link" onClick={jump(entry)}>
              {entry.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
