import { useState } from 'react';
import { useLocation } from 'wouter';
import { useT } from '../i18n/use-t';
import { useAssessmentStore } from '../store/assessment-store';
import { ConfirmDialog } from './confirm-dialog';
import { paths } from './paths';

/** «Start på nytt»: asks first, then clears every answer and goes to the start page. */
export function RestartButton() {
  const t = useT();
  const [, navigate] = useLocation();
  const reset = useAssessmentStore((s) => s.reset);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button
        type="button"
        className="ds-button"
        data-variant="tertiary"
        onClick={() => setConfirming(true)}
      >
        {t('app.restart.label')}
      </button>
      <ConfirmDialog
        open={confirming}
        message={t('app.restart.confirm')}
        confirmLabel={t('app.restart.label')}
        onConfirm={() => {
          reset();
          setConfirming(false);
          navigate(paths.start);
        }}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
