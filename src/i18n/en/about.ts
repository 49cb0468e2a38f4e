import type { Messages } from '../messages';

export const about: Messages['about'] = {
  title: 'Accessibility statement for Modellkart',
  intro:
    'Modellkart is meant to be usable by everyone. Norwegian public bodies must meet the universal design requirements (WCAG 2.1 level A and AA, as in EN 301 549). This page explains how the tool meets them.',
  statusTitle: 'Status',
  status:
    'Our goal is that Modellkart meets every WCAG 2.1 level A and AA requirement. At the latest test the automated checks found no violations, but some parts conform only partly (see known limitations).',
  testedTitle: 'How we tested',
  tested: {
    axe: 'Automated testing with axe-core (WCAG 2.1 A and AA) on every page and state, in Bokmål, Nynorsk and English.',
    keyboard:
      'The whole flow from start to result and export is tested with the keyboard only in Chromium.',
    reflow: 'Layout at 320 pixels wide without horizontal scrolling, and text enlarged to 200 %.',
    charts: 'Every chart has an accessible name, a short text that explains it, and a data table.',
  },
  limitationsTitle: 'Known limitations',
  limitations: {
    pdf: 'The PDF report has selectable text but is not a fully tagged (PDF/UA) file. The same information is on the result page and in the print view.',
    map: 'The model map is a chart with many points. Use the table below the map to read the same figures.',
  },
  feedbackTitle: 'Give feedback',
  feedbackWithContact:
    'Do you meet barriers, or need the content in another format? Write to {name} by email:',
  feedbackWithoutContact:
    'Do you meet barriers? Contact the municipality or organisation that offers this tool to you.',
  complaintTitle: 'Complaints',
  complaint:
    'If you get no answer, or are not satisfied with the answer, you can report it to the Norwegian Authority for Universal Design of ICT (Digdir).',
  complaintLink: 'Report to the Authority for Universal Design of ICT',
  updated: 'This statement was last updated on {date}.',
  defaultContactName: 'us',
};
