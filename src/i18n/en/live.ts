import type { Messages } from '../messages';

export const live: Messages['live'] = {
  panel: {
    heading: 'Live: answers arrive by themselves',
    lead: 'Participants scan the QR code or open the link, answer and press “Send to the facilitator”. Answers are encrypted in the participant’s browser and only this browser can read them: the server sees only encrypted text.',
    checking: 'Looking for the live server …',
    absent:
      'Live is not available here: no live server answers for this site. Participants then send their answers as a link or a file, and you add them below.',
    start: 'Start live',
    starting: 'Starting live …',
    startFailed: 'Live could not be started. Try again, or use links and files below.',
    link: 'Link to join',
    qrAlt: 'QR code that opens the live workshop {name}',
    copy: 'Copy the link',
    copied: 'The link is copied.',
    counter: '{sent} of {expected} have sent',
    counterOpen: 'Sent so far: {sent}',
    expected: 'How many answers do you expect?',
    expectedHint: 'Leave empty to show only how many have sent.',
    sentHeading: 'Have sent',
    sentNone: 'Nobody has sent yet.',
    sentItem: '{name}, {time}',
    stream: {
      connecting: 'Connecting to the live server …',
      open: 'Connected: new answers show at once.',
      retrying: 'The connection dropped. Trying again …',
      refused:
        'The server no longer knows this room (expired or deleted). The answers you received are kept here.',
    },
    unreadableOne:
      'An answer could not be read: it was changed on the way or made for another room, and was not added.',
    unreadableMany:
      '{count} answers could not be read: they were changed on the way or made for another room, and were not added.',
    close: 'Close the room',
    closed:
      'The room is closed: no new answers are accepted. The answers you received are kept here.',
    remove: 'Delete the room on the server',
    failed: 'The server did not answer. Try again.',
    keysNote:
      'The key that opens the answers exists only in this browser and in the workshop file (JSON) you download. Keep the file safe.',
  },
  join: {
    invalid: 'The link to the live workshop is not valid. Ask the facilitator for the link again.',
    preparing: 'Preparing the link …',
    onlyHere:
      'This link only works on this computer (localhost). Phones and other computers reach the app at this computer’s address on the network: start the app with npm start, which prints the address, or open this page at that address.',
  },
  send: {
    action: 'Send to the facilitator',
    title: 'Send your answers to the facilitator',
    lead: 'This is exactly what is sent. It is encrypted in your browser, and only the facilitator can read it.',
    workshop: 'Workshop: {name}',
    role: 'Role: {role}',
    answers: 'Your answers',
    desired: 'Desired situation: {count} answers are sent too.',
    name: 'Your name (optional)',
    nameHint:
      'Without a name you are shown as a number. With a name, your role may be shown next to your answers.',
    comments: 'Include my comments',
    noComments: 'You have no comments, so none are sent.',
    comment: 'Comment: {text}',
    submit: 'Send to the facilitator',
    resend: 'Send again (replaces what you sent)',
    sending: 'Sending …',
    sent: 'Sent at {time}. Receipt no. {seq}.',
    replaced: 'Sent again at {time}: it replaces what you sent before. Receipt no. {seq}.',
    queued:
      'You are offline. Your answers are kept in the browser and sent by themselves when you are back online.',
    failed: {
      'room-closed': 'The facilitator has closed the room, so your answers were not sent.',
      'room-full': 'The room is full, so your answers were not sent. Tell the facilitator.',
      'not-found': 'The room no longer exists on the server, so your answers were not sent.',
      other: 'Your answers could not be sent. Try again in a moment.',
    },
    serverless:
      'This workshop is not live. Send your answers to the facilitator by e-mail, or copy the link and share it.',
    mail: 'Send by e-mail',
    mailSubject: 'My answers for the workshop {name}',
    mailBody: 'Here are my answers from Modellkart. Paste the link on the workshop page:',
    copy: 'Copy the link with your answers',
    copied: 'The link is copied.',
    empty: 'You have not answered any questions yet.',
    dontKnow: 'Don’t know',
    toQuestions: 'Go to the questions',
    back: 'Back to the result',
  },
  roles: {
    heading: 'Comparing roles',
    lead: 'In small groups one person’s answers can be recognised. Choose how roles are merged, and how many people a role needs before it is shown.',
    by: 'Compare',
    byRole: 'Each role on its own',
    byGroup: 'Role groups: library, innbyggertorg, leadership and politics',
    threshold: 'Smallest number per role',
    thresholdHint: 'At least {min}. A role with fewer is not shown on its own.',
    groups: {
      bibliotek: 'Library',
      innbyggertorg: 'Innbyggertorg',
      'ledelse-og-politikk': 'Leadership and politics',
    },
    hidden: 'Hidden (too few with this role)',
    tableNote:
      'A role is shown next to answers only for participants who gave their own name when they sent, or when at least {min} participants share the role.',
  },
  mix: {
    range: 'Lowest and highest in the group',
    bar: 'The average as a bar',
    rangeNote: 'Beside it: the lowest and the highest share any one participant has.',
  },
  present: {
    page: '{title} ({page} of {pages})',
    mixLead: 'The group’s average: how much the answers point to each model.',
    mixRow: '{model}: {share} on average',
    mixRange: 'from {min} to {max}',
    waiting: 'Answers come in as participants send them.',
  },
  addToWorkshop: {
    heading: 'Do you want to use these answers in one of your workshops?',
    label: 'Workshop',
    action: 'Add to the workshop',
    added: 'The answers were added to “{workshop}” as {name}.',
    duplicate: '“{workshop}” already has these answers ({name}). Nothing was added.',
    open: 'Open the workshop',
  },
};
