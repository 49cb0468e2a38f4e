import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { Assessment } from '../../domain/assessment-schema';
import { CATALOGUE } from '../../domain/catalogue';
import { scoredQuestions } from '../../domain/catalogue-schema';
import { chosenOption } from '../../domain/scoring';
import { useT } from '../../i18n/use-t';
import {
  selectEditedAssessment,
  selectEditing,
  useAssessmentHydrated,
  useAssessmentStore,
} from '../../store/assessment-store';
import { focusMainHeading } from '../../ui/focus-heading';
import { PageSection } from '../../ui/page-sections';
import { paths } from '../../ui/paths';
import { VariantNotice } from '../../ui/variant-notice';
import type { ChartActionsSlot, PageActionsSlot, ResultSection } from '../../ui/slots';
import { ResultView } from './result-view';
import './results-messages';

export type ResultsPageProps = {
  /** Rendered beside each chart with chart = 'map' | 'mix' | 'dimensions'. */
  ChartActions?: ChartActionsSlot;
  /** Rendered once in the result's action area. */
  PageActions?: PageActionsSlot;
  /** «Hent svar fra fil»: offered when there is no result yet, and as the page's last section. */
  Import?: PageActionsSlot;
  /** Extra sections after the result (e.g. insight panels), in order. */
  Sections?: ResultSection[];
  /** Unused; lets the page also serve directly as a route component. */
  params?: Record<string, string | undefined>;
};

export default function ResultsPage({
  ChartActions,
  PageActions,
  Import,
  Sections = [],
}: ResultsPageProps) {
  const t = useT();
  const hydrated = useAssessmentHydrated();
  const assessment = useAssessmentStore(selectEditedAssessment);
  const editing = useAssessmentStore(selectEditing);
  const scored = hasScore(assessment);
  useFocusOnSwitch(hydrated && scored);

  // Until saved answers are read, an empty result would flash "no answers" to returning users.
  if (!hydrated) {
    return (
      <p className="ds-paragraph" role="status">
        {t('results.loading')}
      </p>
    );
  }

  // Only «Vet ikke» answers give no result either: the friendly empty state covers both.
  if (!scored) return <EmptyResult Actions={Import} />;

  return (
    <ResultView
      assessment={assessment}
      desired={editing === 'desired'}
      notice={<VariantNotice />}
      ChartActions={ChartActions}
      actions={PageActions ? <PageActions /> : undefined}
    >
      {Sections.map((Section, i) => (
        <Section key={i} ChartActions={ChartActions} />
      ))}
      {Import && (
        <PageSection title={t('pageNav.importTitle')} deferred>
          <p className="ds-paragraph mk-result__narrative">{t('pageNav.importIntro')}</p>
          <Import />
        </PageSection>
      )}
    </ResultView>
  );
}

function hasScore(assessment: Assessment): boolean {
  return scoredQuestions(CATALOGUE).some((q) => chosenOption(q, assessment.answers) !== null);
}

/**
 * When the page switches between «no result yet» and a result without a change of address (an
 * import, an undo, answers from another tab), what the user was on is gone: start again at the
 * heading.
 */
function useFocusOnSwitch(scored: boolean) {
  const before = useRef(scored);
  useEffect(() => {
    if (before.current === scored) return;
    before.current = scored;
    focusMainHeading();
  }, [scored]);
}

function EmptyResult({ Actions }: { Actions?: PageActionsSlot }) {
  const t = useT();
  return (
    <div className="mk-stack">
      <h1 className="ds-heading" data-size="lg">
        {t('results.empty.title')}
      </h1>
      <p className="ds-paragraph">{t('results.empty.body')}</p>
      <p>
        <Link href={paths.wizardStep(0)} className="ds-button" data-variant="primary">
          {t('results.empty.action')}
        </Link>
      </p>
      {Actions && <Actions />}
    </div>
  );
}
