import type { Messages } from '../messages';

// Notices about saved data that could not be read or saved; loaded only when one shows.
export const storage: Messages['storage'] = {
  rescue: {
    answers: { title: 'We could not read the saved answers', file: 'saved-answers' },
    workshops: { title: 'We could not read the saved workshops', file: 'saved-workshops' },
  },
  rescueBody:
    'What was saved in this browser was damaged or made by a newer version of Modellkart. It has been kept, not deleted. Download it and keep the file before you go on.',
  rescueFound: 'Found {time}.',
  rescueEarlier:
    'The copy was kept on an earlier visit. It stays in the browser until you download or delete it.',
  rescueDownloaded:
    'The file has been downloaded. The copy in the browser is deleted the next time you open Modellkart, or now if you choose “Delete the copy”.',
  rescueNotKept:
    'What was saved in this browser was damaged or made by a newer version of Modellkart. We could not store a copy (storage is full), so it is still where it was. New answers will not be saved over it until you have downloaded it or chosen to discard it.',
  rescueDiscard: 'Delete the copy',
  rescueDiscardHeld: 'Discard it and save new answers',
  rescueDownload: 'Download saved data',
  rescueDismiss: 'Close this message',
  repaired: {
    title: 'Something in the saved workshops was put right',
    heading: 'This was put right in the workshop “{name}”:',
  },
  leftOut: { title: 'Some answers in the file were left out' },
  writeFailed:
    'The browser did not let us save your latest answers (storage may be full). They are still on the page, but download them to be safe.',
};
