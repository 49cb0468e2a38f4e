import { Link } from 'wouter';
import type { Assessment } from '../../domain/assessment-schema';
import { CATALOGUE } from '../../domain/catalogue';
import { scoredQuestions } from '../../domain/catalogue-schema';
import { chosenOption } from '../../domain/scoring';
import { useT } from '../../i18n/use-t';
import {
  selectEditedAssessment,
  useAssessmentHydrated,
  useAssessmentStore,
} from '../../store/assessment-store';
import { paths } from '../../ui/paths';
import type { ChartActionsSlot, PageActionsSlot, ResultSection } from '../../ui/slots';
import { ResultView } from './result-view';
import './results-messages';

export type ResultsPageProps = {
  /** Rendered beside each chart with chart = 'map' | 'mix' | 'dimensions'. */
  ChartActions?: ChartActionsSlot;
  /** Rendered once in the result's action area. */
  PageActions?: PageActionsSlot;
  /** Extra sections after the result (e.g. insight panels), in order. */
  Sections?: ResultSection[];
  /** Unused; lets the page also serve directly as a route component. */
  params?: Record<string, string | undefined>;
};

export default function ResultsPage({
  ChartActions,
  PageActions,
  Sections = [],
}: ResultsPageProps) {
  const t = useT();
  const hydrated = useAssessmentHydrated();
  const assessment = useAssessmentStore(selectEditedAssessment);

  // Until saved answers are read, an empty result would flash "no answers" to returning users.
  if (!hydrated) {
    return (
      <p className="ds-paragraph" role="status">
        {t('results.loading')}
      </p>
    );
  }

  // Only «Vet ikke» answers give no result either: the friendly empty state covers both.
  if (!hasScore(assessment)) return <EmptyResult />;

  return (
    <div className="mk-stack mk-stack--lg">
      <ResultView
        assessment={assessment}
        ChartActions={ChartActions}
        actions={PageActions ? <PageActions /> : undefined}
      />
      {Sections.map((Section, i) => (
        <Section key={i} ChartActions={ChartActions} />
      ))}
    </div>
  );
}

function hasScore(assessment: Assessment): boolean {
  return scoredQuestions(CATALOGUE).some((q) => chosenOption(q, assessment.answers) !== null);
}

function EmptyResult() {
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
    </div>
  );
}
