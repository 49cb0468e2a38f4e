import { flushSync } from 'react-dom';
import { useT } from '../i18n/use-t';
import { selectEditing, useAssessmentStore } from '../store/assessment-store';
import { focusMainHeading } from './focus-heading';
import './variant-messages';

/**
 * Says, where answers are shown or changed, that they are the desired situation rather than
 * today's, and switches back. Shows nothing while today is being edited.
 */
export function VariantNotice() {
  const t = useT();
  const editing = useAssessmentStore(selectEditing);
  const setEditing = useAssessmentStore((s) => s.setEditing);
  if (editing !== 'desired') return null;
  return (
    <div className="ds-alert mk-variant-notice" data-color="info">
      <p className="ds-paragraph">{t('variant.desired')}</p>
      <button
        type="button"
        className="ds-button"
        data-variant="secondary"
        data-size="sm"
        onClick={() => {
          // The notice, and this button, go away: the page's heading is where the user goes on.
          flushSync(() => setEditing('today'));
          focusMainHeading();
        }}
      >
        {t('variant.showToday')}
      </button>
    </div>
  );
}
