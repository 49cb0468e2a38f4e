import { lazy, Suspense, useEffect, useState } from 'react';
import { hasRescueCopy } from '../store/safe-storage';
import { hasStorageNews, useStorageStatus } from '../store/storage-status-store';

// Rarely shown: its code and texts load only when there is something to say.
const StorageNoticeView = lazy(() => import('./storage-notice-view'));

/**
 * Tells the user when saved data could not be used or saved (see storage-notice-view.tsx). A copy
 * kept on an earlier visit is listed too, until the user downloads or deletes it: a cheap check of
 * the key names tells whether to load the view, which reads the copies.
 */
export function StorageNotice() {
  const news = useStorageStatus(hasStorageNews);
  // After the first render: the prerendered start page has no notice, and must match.
  const [kept, setKept] = useState(false);
  useEffect(() => setKept(hasRescueCopy()), []);
  if (!kept && !news) return null;
  return (
    <Suspense fallback={null}>
      <StorageNoticeView />
    </Suspense>
  );
}
