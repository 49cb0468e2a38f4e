import { useT } from '../i18n/use-t';
import { useStorageStatus } from '../store/storage-status-store';
import { downloadFile } from '../ui/download';

/** Tells the user when saved data could not be used or saved, and offers the raw data. */
export function StorageNotice() {
  const t = useT();
  const { rescued, writeFailed, dismissRescue, setWriteFailed } = useStorageStatus();
  if (rescued.length === 0 && !writeFailed) return null;
  return (
    <div className="mk-stack mk-no-print mk-notice">
      {rescued.map((r) => (
        <div key={r.key} className="ds-alert" data-color="warning" role="alert">
          <h2 className="ds-heading" data-size="xs">
            {t('app.storage.rescueTitle')}
          </h2>
          <p className="ds-paragraph">{t('app.storage.rescueBody')}</p>
          <div className="mk-row">
            <button
              type="button"
              className="ds-button"
              data-variant="primary"
              onClick={() =>
                downloadFile(`modellkart-lagrede-data-${Date.now()}.txt`, r.raw, 'text/plain')
              }
            >
              {t('app.storage.rescueDownload')}
            </button>
            <button
              type="button"
              className="ds-button"
              data-variant="secondary"
              onClick={() => dismissRescue(r.key)}
            >
              {t('app.storage.rescueDismiss')}
            </button>
          </div>
        </div>
      ))}
      {writeFailed && (
        <div className="ds-alert" data-color="danger" role="alert">
          <p className="ds-paragraph">{t('app.storage.writeFailed')}</p>
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            onClick={() => setWriteFailed(false)}
          >
            {t('app.storage.rescueDismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
