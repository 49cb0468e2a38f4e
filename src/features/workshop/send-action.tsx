import { Link } from 'wouter';
import { useT } from '../../i18n/use-t';
import { useAssessmentStore } from '../../store/assessment-store';
import { useLiveStore } from '../../store/live-store';
import { paths } from '../../ui/paths';
import './live-messages';
import { useDelivery } from './send-page';

/**
 * «Send til workshopleder» beside a result, for someone who joined a workshop (live or not).
 * Rendered by the app in the results page's action slot.
 */
export default function SendAction() {
  const t = useT();
  useDelivery();
  const live = useLiveStore((s) => s.active !== null);
  const joined = useAssessmentStore((s) => typeof s.assessment.context.workshop === 'string');
  if (!live && !joined) return null;
  return (
    <Link href={`~${paths.workshop}/send`} className="ds-button" data-variant="primary">
      {t('live.send.action')}
    </Link>
  );
}
