import { useEffect, useState, type MouseEvent } from 'react';
import { formatDateTime } from '../i18n/format';
import { useLocale, useT } from '../i18n/use-t';
import { CarriedNoteView } from '../ui/carried-note';
import { LeftOutList } from '../ui/left-out-list';
import { RepairList } from '../ui/repair-list';
import { markRescueDownloaded, showEarlierRescues } from '../store/earlier-rescues';
import {
  hasStorageNews,
  rescuedData,
  rescueFileName,
  useStorageStatus,
} from '../store/storage-status-store';
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
  const locale = useLocale();
  const status = useStorageStatus();
  const { rescued, carried, writeFailed, repaired, leftOut } = status;
  // Copies downloaded in this visit: their notice says what happens to them next.
  const [downloaded, setDownloaded] = useState<string[]>([]);
  useEffect(listEarlierRescuesOnce, []);
  if (!hasStorageNews(status)) return null;
  return (
    <div className="mk-stack mk-no-print mk-notice">
      {rescued.map((r, index) => {
        const data = rescuedData(r);
        // Several rescues of one kind can show at once: the index keeps each title's id unique.
        const titleId = `mk-rescue-${data}-${index}`;
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
            <p className="ds-paragraph">
              {r.kept ? t('storage.rescueBody') : t('storage.rescueNotKept')}
            </p>
            {r.reason === 'earlier-visit' && (
              <p className="ds-paragraph">{t('storage.rescueEarlier')}</p>
            )}
            {r.at && (
              <p className="ds-paragraph" data-size="sm">
                {t('storage.rescueFound', { time: formatDateTime(locale, r.at) })}
              </p>
            )}
            {r.kept && downloaded.includes(r.key) && (
              <p className="ds-paragraph" data-size="sm">
                {t('storage.rescueDownloaded')}
              </p>
            )}
            <div className="mk-row">
              {/* Every notice has these buttons: the title, as their description, tells them apart. */}
              <button
                type="button"
                className="ds-button"
                data-variant="primary"
                aria-describedby={titleId}
                onClick={() => {
                  downloadFile(
                    rescueFileName(t(`storage.rescue.${data}.file`), new Date(r.at ?? Date.now())),
                    r.raw,
                    'text/plain',
                  );
                  if (r.kept) {
                    markRescueDownloaded(r.key);
                    setDownloaded((keys) => [...keys, r.key]);
                  }
                  status.rescueDownloaded(r.key);
                }}
              >
                {t('storage.rescueDownload')}
              </button>
              <button
                type="button"
                className="ds-button"
                data-variant="secondary"
                aria-describedby={titleId}
                onClick={(event) => closing(event, () => status.discardRescue(r.key))}
              >
                {r.kept ? t('storage.rescueDiscard') : t('storage.rescueDiscardHeld')}
              </button>
              {r.kept && (
                <button
                  type="button"
                  className="ds-button"
                  data-variant="secondary"
                  onClick={(event) => closing(event, () => status.dismissRescue(r.key))}
                >
                  {t('storage.rescueDismiss')}
                </button>
              )}
            </div>
          </div>
        );
      })}
      {repaired.length > 0 && (
        <div
          className="ds-alert"
          data-color="info"
          role="status"
          aria-labelledby="mk-repaired-title"
          tabIndex={-1}
          data-storage-notice
        >
          <h2 id="mk-repaired-title" className="ds-heading" data-size="xs">
            {t('storage.repaired.title')}
          </h2>
          {repaired.map((w, i) => (
            <RepairList
              key={i}
              repairs={w.repairs}
              heading={t('storage.repaired.heading', { name: w.workshop })}
            />
          ))}
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            data-size="sm"
            onClick={(event) => closing(event, () => status.setRepaired([]))}
          >
            {t('storage.rescueDismiss')}
          </button>
        </div>
      )}
      {leftOut && (
        <div
          className="ds-alert"
          data-color="warning"
          role="status"
          aria-labelledby="mk-left-out-title"
          tabIndex={-1}
          data-storage-notice
        >
          <h2 id="mk-left-out-title" className="ds-heading" data-size="xs">
            {t('storage.leftOut.title')}
          </h2>
          <LeftOutList left={leftOut} />
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            data-size="sm"
            onClick={(event) => closing(event, () => status.setLeftOut(null))}
          >
            {t('storage.rescueDismiss')}
          </button>
        </div>
      )}
      {carried.map(({ data, note }) => (
        <div key={data} data-storage-notice tabIndex={-1}>
          <CarriedNoteView note={note} onDismiss={() => status.dismissCarried(data)} />
        </div>
      ))}
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
            onClick={(event) => closing(event, () => status.setWriteFailed(false))}
          >
            {t('storage.rescueDismiss')}
          </button>
        </div>
      )}
    </div>
  );
}

let listed = false;

/**
 * Copies kept on earlier visits join this visit's rescues, once per visit: one the user has closed
 * stays closed until the next visit.
 */
function listEarlierRescuesOnce() {
  if (listed) return;
  listed = true;
  showEarlierRescues();
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
