import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { referenceById, type ReferenceId } from '../../domain/references';
import type { Participant, RoleView } from '../../domain/workshop-schema';
import { formatNumber } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { backTargetOf, type NavigationState } from '../../ui/focus-target';
import { DisagreementItem, disputed, TodayDesiredText } from './group-views';
import { SlideMap } from './slide-map';
import { SlideMix } from './slide-mix';
import { usePluralT } from './labels';
import { useGroup } from './use-group';
import './live-messages';

/** Called from the click that opens the presentation: browsers allow fullscreen only then. */
export function enterFullscreen() {
  const root = document.documentElement;
  if (!document.fullscreenElement && root.requestFullscreen) {
    root.requestFullscreen().catch(() => {
      // Refused (e.g. in a frame or by a policy): the overlay still covers the window.
    });
  }
}

function leaveFullscreen() {
  if (document.fullscreenElement && document.exitFullscreen) {
    document.exitFullscreen().catch(() => {});
  }
}

/** onClick for a link that opens the presentation (its state's `back` names the link). */
export function startPresentation() {
  enterFullscreen();
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

// Slides, steps and the blanked bar are hidden with the hidden attribute.
const shown = (el: Element) => !el.closest('[hidden]');

function focusablesIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(shown);
}

/**
 * Makes everything outside `root` inert (no focus, no clicks, hidden from screen readers) and
 * returns the undo. Walks up from root and marks the siblings at every level, so the app's header,
 * footer, skip link and any notice are covered however the layout nests.
 */
export function makeOthersInert(root: HTMLElement): () => void {
  const marked: Element[] = [];
  for (let node: HTMLElement = root; node.parentElement; node = node.parentElement) {
    if (node === document.body) break;
    for (const sibling of node.parentElement.children) {
      if (sibling === node || sibling.hasAttribute('inert')) continue;
      if (sibling instanceof HTMLScriptElement || sibling instanceof HTMLTemplateElement) continue;
      sibling.setAttribute('inert', '');
      marked.push(sibling);
    }
  }
  return () => {
    for (const el of marked) el.removeAttribute('inert');
  };
}

// The seed's four models in its own order; the baseline is named on the same slide.
const MODEL_ORDER: ReferenceId[] = ['totalt', 'en-dor-inn', 'hybrid', 'pac-man'];
const DISCUSSION: MessageKey[] = [
  'workshop.discuss.q1',
  'workshop.discuss.q2',
  'workshop.discuss.q3',
  'workshop.discuss.q4',
  'workshop.discuss.q5',
  'workshop.discuss.q6',
];
const MAX_DISAGREEMENTS = 5;
// What fits on one slide at 1280×720 in the presentation's type size; the rest goes on the next.
const MODELS_PER_SLIDE = 2;
const QUESTIONS_PER_SLIDE = 3;

type Slide = {
  id: string;
  title: string;
  /** How many reveal steps the slide has; 1 = all at once. */
  steps: number;
  render: (reveal: number) => ReactNode;
};

function pages<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function Presentation({
  name,
  participants,
  onLeave,
  roleView,
  liveCounter,
}: {
  name: string;
  participants: readonly Participant[];
  /** Leaves the presentation's route, with where focus should land there. */
  onLeave: (state: NavigationState | null) => void;
  roleView?: RoleView;
  /** «6 av 20 har sendt» while a live room is open: results reveal as the room answers. */
  liveCounter?: string;
}) {
  const t = useT();
  const tn = usePluralT();
  const local = useLocalized();
  const locale = useLocale();
  const group = useGroup(participants as Participant[], roleView);
  const empty = group.counted.length === 0;
  const single = group.counted.length <= 1;
  const headingId = useId();
  const root = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);
  const [reveal, setReveal] = useState(0);
  const [blank, setBlank] = useState(false);
  const paged = (title: string, page: number, count: number) =>
    count > 1 ? t('live.present.page', { title, page: page + 1, pages: count }) : title;

  const slides: Slide[] = [];
  const modelPages = pages(MODEL_ORDER, MODELS_PER_SLIDE);
  modelPages.forEach((ids, page) => {
    const lastPage = page === modelPages.length - 1;
    slides.push({
      id: `models-${page}`,
      title: paged(t('workshop.present.modelsTitle'), page, modelPages.length),
      steps: ids.length,
      render: (r) => (
        <>
          <ol className="mk-present__models" start={page * MODELS_PER_SLIDE + 1}>
            {ids.map((id, i) => {
              const ref = referenceById(id);
              return (
                <li key={id} hidden={i > r}>
                  <p className="mk-present__model-name">{local(ref.name)}</p>
                  <p>{local(ref.summary)}</p>
                  {ref.warned && (
                    <p className="mk-present__warned">{t('workshop.present.warned')}</p>
                  )}
                </li>
              );
            })}
          </ol>
          {lastPage && (
            <p hidden={r < ids.length - 1}>
              {t('workshop.present.modelsLead')} {local(referenceById('ingen').summary)}
            </p>
          )}
        </>
      ),
    });
  });
  if (empty) {
    // Nothing to count yet: say so, rather than show an empty map as if it were a result.
    slides.push({
      id: 'empty',
      title: t('workshop.present.emptyTitle'),
      steps: 1,
      render: () => (
        <p>{liveCounter ? t('live.present.waiting') : t('workshop.present.emptyBody')}</p>
      ),
    });
  } else {
    const mapSteps = single ? 1 : group.roles.length > 0 ? 3 : 2;
    const summary = group.centre
      ? tn('workshop.room.mapSummary', group.counted.length, {
          x: formatNumber(locale, group.centre.x),
          y: formatNumber(locale, group.centre.y),
        })
      : t('workshop.room.tooFew');
    slides.push({
      id: 'map',
      title: single ? name : t('workshop.present.mapTitle'),
      steps: mapSteps,
      render: (r) => (
        <div className="mk-present__map">
          <SlideMap
            group={group}
            layers={{ centre: single || r >= 1, roles: r >= 2 }}
            summary={summary}
          />
        </div>
      ),
    });
    slides.push({
      id: 'mix',
      title: t('workshop.present.mixTitle'),
      steps: 1,
      render: () => <SlideMix group={group} />,
    });
  }
  const disagreements = disputed(group).slice(0, MAX_DISAGREEMENTS);
  if (!single) {
    // One question per slide: each fits, and the clicker reaches every one.
    disagreements.forEach((d, page) => {
      slides.push({
        id: `disagree-${page}`,
        title: paged(t('workshop.present.disagreeTitle'), page, disagreements.length),
        steps: 1,
        render: () => (
          <ol className="mk-ws-disagree mk-present__disagree" start={page + 1}>
            <DisagreementItem item={d} />
          </ol>
        ),
      });
    });
  }
  if (group.todayDesired) {
    slides.push({
      id: 'today',
      title: t('workshop.present.todayTitle'),
      steps: 1,
      render: () => <TodayDesiredText group={group} />,
    });
  }
  const questionPages = pages(DISCUSSION, QUESTIONS_PER_SLIDE);
  questionPages.forEach((keys, page) => {
    slides.push({
      id: `discuss-${page}`,
      title: paged(t('workshop.present.discussTitle'), page, questionPages.length),
      steps: keys.length,
      render: (r) => (
        <ol className="mk-present__questions" start={page * QUESTIONS_PER_SLIDE + 1}>
          {keys.map((key, i) => (
            <li key={key} hidden={i > r}>
              {t(key)}
            </li>
          ))}
        </ol>
      ),
    });
  });

  const last = slides.length - 1;
  const current = slides[Math.min(index, last)]!;
  // The step counts, stable between renders, for the key handlers.
  const stepsKey = slides.map((s) => s.steps).join(',');
  const steps = useMemo(() => stepsKey.split(',').map(Number), [stepsKey]);

  const next = useCallback(() => {
    if (reveal < current.steps - 1) setReveal(reveal + 1);
    else if (index < last) {
      setIndex(index + 1);
      setReveal(0);
    }
  }, [reveal, current.steps, index, last]);
  const previous = useCallback(() => {
    if (reveal > 0) setReveal(reveal - 1);
    else if (index > 0) {
      setIndex(index - 1);
      setReveal(steps[index - 1]! - 1);
    }
  }, [reveal, index, steps]);

  // The page that opened the presentation gets focus back on the link that did.
  const end = useCallback(() => {
    const back = backTargetOf(window.history.state);
    onLeave(back ? { focus: back } : null);
  }, [onLeave]);
  const leave = useCallback(() => {
    leaveFullscreen();
    end();
  }, [end]);

  // A modal: the rest of the app is inert while the presentation shows.
  useEffect(() => (root.current ? makeOthersInert(root.current) : undefined), []);

  // Blanking hides the buttons; focus waits on the presentation itself and comes back after.
  const beforeBlank = useRef<Element | null>(null);
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    if (blank) el.focus();
    else if (beforeBlank.current) {
      const back = beforeBlank.current;
      beforeBlank.current = null;
      if (back instanceof HTMLElement && el.contains(back) && shown(back)) {
        back.focus();
      } else {
        document.getElementById(headingId)?.focus();
      }
    }
  }, [blank, headingId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Tab') {
        // Tab and Shift+Tab go round the presentation's own controls.
        const el = root.current;
        if (!el) return;
        const items = focusablesIn(el);
        const active = document.activeElement;
        const first = items[0];
        const lastItem = items[items.length - 1];
        const inside = active instanceof Node && el.contains(active);
        // Also from the heading or the presentation itself, which lie before the first control.
        const before = (a: Node, b: Node) =>
          Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
        let target: HTMLElement | undefined;
        if (!first || !lastItem) target = el;
        else if (!inside || !active) target = e.shiftKey ? lastItem : first;
        else if (e.shiftKey && (active === first || before(active, first))) target = lastItem;
        else if (!e.shiftKey && (active === lastItem || before(lastItem, active))) target = first;
        if (target) {
          e.preventDefault();
          target.focus();
        }
        return;
      }
      // Buttons keep their own Space/Enter.
      const onButton = e.target instanceof HTMLButtonElement;
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
          next();
          break;
        case ' ':
          if (onButton) return;
          next();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          previous();
          break;
        case 'Home':
          setIndex(0);
          setReveal(0);
          break;
        case 'End':
          setIndex(last);
          setReveal(steps[last]! - 1);
          break;
        case 'b':
        case 'B':
          // Noted now: once the bar is hidden, its button has already lost focus.
          if (!blank) beforeBlank.current = document.activeElement;
          setBlank(!blank);
          break;
        case 'Escape':
          leave();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [next, previous, leave, last, steps, blank]);

  // Leaving fullscreen with the browser's own Esc ends the presentation too.
  useEffect(() => {
    let wasFullscreen = Boolean(document.fullscreenElement);
    const onChange = () => {
      if (wasFullscreen && !document.fullscreenElement) end();
      wasFullscreen = Boolean(document.fullscreenElement);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [end]);

  useEffect(() => {
    document.documentElement.classList.add('mk-presenting');
    return () => document.documentElement.classList.remove('mk-presenting');
  }, []);

  return (
    <div
      ref={root}
      className="mk-present"
      tabIndex={-1}
      role="dialog"
      aria-modal="true"
      aria-labelledby={headingId}
      aria-describedby={`${headingId}-keys`}
    >
      <div className="mk-present__slide" hidden={blank}>
        <p className="mk-present__eyebrow">
          {name} ·{' '}
          {liveCounter
            ? liveCounter
            : empty
              ? t('workshop.present.none')
              : single
                ? t('workshop.present.single')
                : tn('workshop.counts.participants', group.counted.length)}
        </p>
        <h1 id={headingId} className="mk-present__title" tabIndex={-1}>
          {current.title}
        </h1>
        <div className="mk-present__body">{current.render(reveal)}</div>
      </div>
      {blank && (
        <p className="mk-sr-only" role="status">
          {t('workshop.present.blank')}
        </p>
      )}
      <div className="mk-present__bar" hidden={blank}>
        <p className="mk-present__counter" aria-live="polite" aria-atomic="true">
          {t('workshop.present.counter', { current: index + 1, total: slides.length })}
        </p>
        <p id={`${headingId}-keys`} className="mk-sr-only">
          {t('workshop.present.keys')}
        </p>
        <div className="mk-row">
          <button type="button" className="mk-present__button" onClick={previous}>
            {t('workshop.present.previous')}
          </button>
          <button type="button" className="mk-present__button" onClick={next}>
            {t('workshop.present.next')}
          </button>
          <button type="button" className="mk-present__button" onClick={leave}>
            {t('workshop.present.leave')}
          </button>
        </div>
      </div>
    </div>
  );
}
