import { startTransition, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { Assessment, LeftOut } from '../../domain/assessment-schema';
import { CATALOGUE } from '../../domain/catalogue';
import { REFERENCE_IDS, referenceById, type ReferenceId } from '../../domain/references';
import { scoreAssessment } from '../../domain/scoring';
import type { ShareCodeResult } from '../../domain/share-code';
import { formatPercent } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/use-t';
import type { PersistedState } from '../../store/persisted-state';
import {
  selectEditedAssessment,
  useAssessmentHydrated,
  useAssessmentStore,
} from '../../store/assessment-store';
import type { CarriedNote } from '../../domain/formats/catalogue-carry';
import { CarriedNoteView } from '../../ui/carried-note';
import { LeftOutList } from '../../ui/left-out-list';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { paths } from '../../ui/paths';
import type { AddToWorkshopSlot } from '../../ui/slots';
import './export-messages';
import './export.css';
import { decodedShared, decodeShared } from './decoded-share-link';
import { applyAssessment, restoreState, savedState } from './store-state';

export type SharedResultView = ComponentType<{
  assessment: Assessment;
  readOnly?: boolean;
  /** Replaces the view's h1, so the page keeps exactly one. */
  heading?: string;
  /** Rendered in the view's header: the shared page's buttons go here. */
  actions?: ReactNode;
}>;

export type SharedPageProps = {
  /** The code from the link (#/delt/<code>); `params.code` works too, for use as a route component. */
  code?: string;
  params?: { code?: string };
  ResultView: SharedResultView;
  /** «Legg til i workshopen», when the app offers it. */
  AddToWorkshop?: AddToWorkshopSlot;
};

/** A result someone shared: decoded from the link only, shown read-only, never saved unasked. */
export default function SharedPage({ code, params, ResultView, AddToWorkshop }: SharedPageProps) {
  const t = useT();
  const raw = code ?? params?.code ?? '';
  // Already decoded when the page's first paint showed this result before the app loaded.
  const [decoded, setDecoded] = useState<{ code: string; result: ShareCodeResult } | null>(() => {
    const result = decodedShared(raw);
    return result ? { code: raw, result } : null;
  });

  useEffect(() => {
    let live = true;
    // As a transition the whole result is rendered in slices, not in one long task. A link
    // decoded already resolves to the very result the first render showed: nothing changes.
    void decodeShared(raw).then(
      (result) =>
        live &&
        startTransition(() =>
          setDecoded((d) => (d?.result === result ? d : { code: raw, result })),
        ),
    );
    return () => {
      live = false;
    };
  }, [raw]);

  if (decoded?.code !== raw) {
    return (
      <>
        <h1 className="ds-heading" data-size="lg">
          {t('app.sharedHeading')}
        </h1>
        <p className="ds-paragraph" role="status">
          {t('exporting.shared.loading')}
        </p>
      </>
    );
  }

  const result = decoded.result;
  if (!result.ok) {
    return (
      <div className="mk-stack">
        <h1 className="ds-heading" data-size="lg">
          {t('exporting.shared.errorTitle')}
        </h1>
        <div className="ds-alert" data-color="danger" role="alert">
          <p className="ds-paragraph">{t(`exporting.shared.errors.${result.reason}`)}</p>
          <p className="ds-paragraph">{t('exporting.shared.unchanged')}</p>
        </div>
        <p>
          <Link href={paths.start} className="ds-link">
            {t('exporting.shared.home')}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <SharedResult
      assessment={result.payload.assessment}
      note={result.note}
      left={result.left}
      ResultView={ResultView}
      extra={AddToWorkshop && <AddToWorkshop payload={result.payload} />}
    />
  );
}

function SharedResult({
  assessment,
  note,
  left,
  ResultView,
  extra,
}: {
  assessment: Assessment;
  note: CarriedNote | null;
  /** Answers in the link this question set does not have: left out, and said so. */
  left: LeftOut;
  ResultView: SharedResultView;
  extra?: ReactNode;
}) {
  const t = useT();
  const hydrated = useAssessmentHydrated();
  const [comparing, setComparing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<{ text: string; previous?: PersistedState } | null>(null);

  const actions = (
    <div className="mk-stack mk-shared-actions">
      {note && <CarriedNoteView note={note} />}
      {left.answers > 0 && (
        <div className="ds-alert" data-color="warning">
          <LeftOutList left={left} />
        </div>
      )}
      <p className="ds-paragraph">{t('exporting.shared.lead')}</p>
      <div className="mk-page-actions">
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          aria-expanded={comparing}
          disabled={!hydrated}
          onClick={() => setComparing((v) => !v)}
        >
          {comparing ? t('exporting.shared.hideCompare') : t('exporting.shared.compare')}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="primary"
          disabled={!hydrated}
          onClick={() => setConfirming(true)}
        >
          {t('exporting.shared.use')}
        </button>
      </div>
      <div role="status">
        {notice && (
          <div className="ds-alert" data-color="success">
            <p className="ds-paragraph">{notice.text}</p>
            {notice.previous && (
              <button
                type="button"
                className="ds-button"
                data-variant="secondary"
                data-size="sm"
                onClick={() => {
                  restoreState(notice.previous!);
                  setNotice({ text: t('exporting.shared.undone') });
                }}
              >
                {t('exporting.shared.undo')}
              </button>
            )}
          </div>
        )}
      </div>
      {comparing && <Comparison theirs={assessment} />}
      {extra}
    </div>
  );

  return (
    <>
      {scoreAssessment(CATALOGUE, assessment.answers) ? (
        <ResultView
          assessment={assessment}
          readOnly
          heading={t('app.sharedHeading')}
          actions={actions}
        />
      ) : (
        // Only «Vet ikke» answers: there is no result to draw, but the answers can still be used.
        <div className="mk-stack">
          <h1 className="ds-heading" data-size="lg">
            {t('app.sharedHeading')}
          </h1>
          {actions}
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        message={t('exporting.shared.confirmUse')}
        confirmLabel={t('exporting.shared.confirmButton')}
        onConfirm={() => {
          const previous = savedState();
          applyAssessment(assessment);
          setConfirming(false);
          setNotice({ text: t('exporting.shared.used'), previous });
        }}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

/** The two mixes side by side, with the difference in percentage points. */
function Comparison({ theirs }: { theirs: Assessment }) {
  const t = useT();
  const locale = useLocale();
  const mine = useAssessmentStore(selectEditedAssessment);
  const theirResult = scoreAssessment(CATALOGUE, theirs.answers);
  const myResult = scoreAssessment(CATALOGUE, mine.answers);
  if (!myResult || !theirResult)
    return <p className="ds-paragraph">{t('exporting.shared.noMine')}</p>;
  const names = (id: ReferenceId) => referenceById(id).name[locale];
  return (
    <table className="ds-table mk-compare" data-size="sm">
      <caption>{t('exporting.shared.compareCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('exporting.shared.model')}</th>
          <th scope="col">{t('exporting.shared.theirs')}</th>
          <th scope="col">{t('exporting.shared.mine')}</th>
          <th scope="col">{t('exporting.shared.difference')}</th>
        </tr>
      </thead>
      <tbody>
        {REFERENCE_IDS.map((id) => {
          const diff = myResult.percent[id] - theirResult.percent[id];
          return (
            <tr key={id}>
              <th scope="row">{names(id)}</th>
              <td>{formatPercent(locale, theirResult.percent[id] / 100)}</td>
              <td>{formatPercent(locale, myResult.percent[id] / 100)}</td>
              <td>{`${diff > 0 ? '+' : diff < 0 ? '−' : '±'}${Math.abs(diff)}`}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
