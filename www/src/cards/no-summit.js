// The honest empty card of an article about no meeting.

import { h } from './card-view.js';

export const noSummitCard = {
  shows: (report) => report.event.kind === 'other',

  render(view, report) {
    const { messages } = view;
    return view.card('empty', 'noSummitTitle', messages.text('nothingToShow'),
      h('p', { class: 'summary' }, messages.text('noSummit')),
      view.warnings(report.warnings.filter((warning) => warning.code !== 'no-meeting')));
  },
};
