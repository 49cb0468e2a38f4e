import type { MouseEvent } from 'react';
import { useT } from '../i18n/use-t';
import { rescuedData, rescueFileName, useStorageStatus } from '../store/storage-status-store';
import { downloadFile } from '../ui/download';
import { focusMainHeading } from '../ui/focus-heading';
import './storage-messages';

/**
 * Tells the user when saved data could not be used or saved, and offers the raw data.
 *
 * The notices come first in main, before the page's h1, with h2 titles (like GOV.UK's notification
 * banner): the alert is read out when it appears, and «skip to main content» lands on it. The h2
 * never skips a level (axe heading-order), and each notice's title says which data it is about.
 */
export default function StorageNoticeView() {
  const t = useT();
  const { rescued, writeFailed, dismissRescue, setWriteFailed } = useStorageStatus();
  return (
    <div className="mk-stack mk-no-print mk-notice">
      {rescued.map((r) => {
        const data = rescuedData(r);
        // One notice per saved key, and each key holds different data: the id is unique.
        const titleId = `mk-rescue-${data}`;
        return (
          <div
            key={r.key}
            className="ds-alert"
            data-color="warning"
            role="alert"
            aria-labelledby={titleId}
            tabIndex={-1}
            data-storage-notice
          >
            <h2 id={titleId} className="ds-heading" data-size="xs">
              {t(`storage.rescue.${data}.title`)}
            </h2>
            <p className="ds-paragraph">{t('storage.rescueBody')}</p>
            <div className="mk-row">
              {/* Both notices have this button: the title, as its description, tells them apart. */}
              <button
                type="button"
                className="ds-button"
                data-variant="primary"
                aria-describedby={titleId}
                onClick={() =>
                  downloadFile(
                    rescueFileName(t(`storage.rescue.${data}.file`), new Date()),
                    r.raw,
                    'text/plain',
                  )
                }
              >
                {t('storage.rescueDownload')}
              </button>
              <button
                type="button"
                className="ds-button"
                data-variant="secondary"
                onClick={(event) => closing(event, () => dismissRescue(r.key))}
              >
                {t('storage.rescueDismiss')}
              </button>
            </div>
          </div>
        );
      })}
      {writeFailed && (
        <div
          className="ds-alert"
          data-color="danger"
          role="alert"
          tabIndex={-1}
          data-storage-notice
        >
          <p className="ds-paragraph">{t('storage.writeFailed')}</p>
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            onClick={(event) => closing(event, () => setWriteFailed(false))}
          >
            {t('storage.rescueDismiss')}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * Closing removes the focused button: focus moves first (to the next notice, or else the page's
 * main heading) so it does not fall back to <body>, where keyboard and screen-reader users would
 * have to start over from the top.
 */
function closing(event: MouseEvent<HTMLElement>, dismiss: () => void) {
  const notices = [...document.querySelectorAll<HTMLElement>('[data-storage-notice]')];
  const at = notices.indexOf(event.currentTarget.closest<HTMLElement>('[data-storage-notice]')!);
  const next = notices[at + 1] ?? notices[at - 1];
  if (next) next.focus();
  else if (!focusMainHeading()) document.querySelector<HTMLElement>('main')?.focus();
  dismiss();
}
