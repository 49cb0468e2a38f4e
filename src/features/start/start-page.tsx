import { useEffect, useId, useRef, useState, type ComponentType, type RefObject } from 'react';
import { Link } from 'wouter';
import { REFERENCES } from '../../domain/references';
import { useLocalized, useT } from '../../i18n/use-t';
import { useAssessmentStore } from '../../store/assessment-store';
import { paths } from '../../ui/paths';
import { RestartButton } from '../../ui/restart-button';

export type StartPageProps = {
  /** «Hent svar fra fil», shown when asked for (its code loads then). */
  Import?: ComponentType;
};

export function StartPage({ Import }: StartPageProps) {
  const t = useT();
  const local = useLocalized();
  const assessment = useAssessmentStore((s) => s.assessment);
  const step = useAssessmentStore((s) => s.step);
  // The catalogue is not loaded on the start page (it would double its size): count saved answers.
  const answered = Object.keys(assessment.answers).length;
  const started = answered > 0 || Object.keys(assessment.context).length > 0;

  return (
    <div className="mk-stack mk-stack--lg">
      <div className="mk-stack">
        <h1 className="ds-heading" data-size="lg">
          {t('start.title')}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {t('start.lead')}
        </p>
        <p className="ds-paragraph">{t('start.time')}</p>
        <p className="ds-paragraph">{t('start.privacy')}</p>
        <div className="mk-row">
          {started ? (
            <>
              <Link href={paths.wizardStep(step)} className="ds-button" data-variant="primary">
                {t('start.continue')}
              </Link>
              {answered > 0 && (
                <Link href={paths.results} className="ds-button" data-variant="secondary">
                  {t('start.results')}
                </Link>
              )}
              <RestartButton />
            </>
          ) : (
            <Link href={paths.wizardStep(0)} className="ds-button" data-variant="primary">
              {t('start.begin')}
            </Link>
          )}
        </div>
        {started && (
          <p className="ds-paragraph" data-size="sm">
            {t('start.continueHint', { answered })}
          </p>
        )}
        {Import && <ImportDisclosure Import={Import} />}
      </div>

      <section aria-labelledby="modeller" className="mk-stack">
        <h2 id="modeller" className="ds-heading" data-size="md">
          {t('start.modelsTitle')}
        </h2>
        <p className="ds-paragraph">{t('start.modelsIntro')}</p>
        <p className="ds-paragraph">
          <Link href={paths.method} className="ds-link">
            {t('start.methodLink')}
          </Link>
        </p>
        <ul className="mk-grid mk-plain-list">
          {REFERENCES.filter((r) => r.id !== 'ingen').map((r) => (
            <li key={r.id} className="ds-card" data-color={r.warned ? 'warning' : 'neutral'}>
              <h3 className="ds-heading" data-size="xs">
                {local(r.name)}
              </h3>
              <p className="ds-paragraph">{local(r.summary)}</p>
              {r.warned && (
                <p className="ds-paragraph" data-size="sm">
                  <strong>{t('start.warned')}</strong>
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** Answers saved as a file on another device: brought in from the start, before any question. */
function ImportDisclosure({ Import }: { Import: ComponentType }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="mk-stack">
      <p>
        <button
          type="button"
          className="ds-button"
          data-variant="tertiary"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((v) => !v)}
        >
          {t('pageNav.importOpen')}
        </button>
      </p>
      <div id={id} className="mk-stack" hidden={!open}>
        {open && (
          <>
            <p className="ds-paragraph">{t('pageNav.importIntro')}</p>
            <Import />
          </>
        )}
      </div>
    </div>
  );
}

/**
 * «Hent svar fra fil» from the header's menu: the import on a page of its own, with focus on its
 * file control as soon as that is there (its code loads when the page opens).
 */
export function ImportPage({ Import }: { Import: ComponentType }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  useFocusFirstControl(box);
  return (
    <div className="mk-stack mk-stack--lg">
      <div className="mk-stack">
        <h1 className="ds-heading" data-size="lg">
          {t('app.nav.import')}
        </h1>
        <p className="ds-paragraph">{t('pageNav.importIntro')}</p>
      </div>
      <div ref={box} className="mk-stack">
        <Import />
      </div>
      <p className="ds-paragraph">
        <Link href={paths.start} className="ds-link">
          {t('app.nav.start')}
        </Link>
      </p>
    </div>
  );
}

/** Puts focus on the first control inside the box, now or once it has rendered. */
function useFocusFirstControl(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const focus = () => {
      const control = box.querySelector<HTMLElement>('input, button, select, textarea');
      control?.focus();
      return Boolean(control);
    };
    if (focus()) return;
    const observer = new MutationObserver(() => {
      if (focus()) observer.disconnect();
    });
    observer.observe(box, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}
