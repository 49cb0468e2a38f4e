import { lazy, Suspense } from 'react';
import { useStorageStatus } from '../store/storage-status-store';

// Rarely shown: its code and texts load only when there is something to say.
const StorageNoticeView = lazy(() => import('./storage-notice-view'));

/** Tells the user when saved data could not be used or saved (see storage-notice-view.tsx). */
export function StorageNotice() {
  const { rescued, carried, writeFailed } = useStorageStatus();
  if (rescued.length === 0 && carried.length === 0 && !writeFailed) return null;
  return (
    <Suspense fallback={null}>
      <StorageNoticeView />
    </Suspense>
  );
}
