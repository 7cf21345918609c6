// The participants: principals first, delegations by country, officials named only by role.

import { h } from './card-view.js';

export const participantsCard = {
  shows: (report) => report.event.kind !== 'other',

  render(view, report) {
    const { messages } = view;
    const count = report.participants.length;
    // A group ("G7 leaders") is a delegation, not a person counted.
    const people = report.participants.filter((person) => !person.group).length;
    const delegations = messages.count('delegations', report.delegations.length);
    const eyebrow = count ? (people ? `${messages.count('people', people)} · ${delegations}` : delegations) : null;
    if (!count) return view.card('people', 'participantsTitle', eyebrow, h('p', { class: 'summary' }, messages.text('noParticipants')));

    const groups = delegationGroups(view, report);
    // The people in the order of their groups, each group's heading made when its first member
    // is shown: a list cut short may end inside a group (whose heading gives its full count),
    // and the next press goes on from there.
    const box = h('div', { class: 'delegations' });
    const lists = new Map();
    const listOf = (group) => {
      if (!lists.has(group)) {
        const list = h('ul', { class: 'people' });
        lists.set(group, list);
        box.appendChild(h('section', { class: 'delegation' },
          h(`h${view.level + 1}`, { class: 'delegation__title' },
            group.code ? view.flag(group.code, group.title) : null,
            h('span', null, group.title),
            h('span', { class: 'delegation__count' }, messages.number(group.members.length))),
          list));
      }
      return lists.get(group);
    };
    const members = groups.flatMap((group) => group.members.map((person) => ({ group, person })));
    const more = view.inSteps(members, view.peopleInSteps(), ({ group, person }) =>
      listOf(group).appendChild(h('li', null,
        view.personButton(person, { key: `person-${person.id}`, withCountry: !group.code, badge: true }))));
    return view.card('people', 'participantsTitle', eyebrow, box, more);
  },
};

// The delegations of the report, then one group of everyone in none.
function delegationGroups(view, report) {
  const grouped = new Set();
  const groups = report.delegations.map((delegation) => {
    const members = delegation.members.map((id) => view.participants.get(id)).filter(Boolean);
    members.forEach((person) => grouped.add(person.id));
    return { title: view.messages.country(delegation.countryCode, delegation.country), code: delegation.countryCode, members };
  });
  const others = report.participants.filter((person) => !grouped.has(person.id));
  if (others.length) {
    groups.push({ title: view.messages.text(groups.length ? 'otherParticipants' : 'participants'), code: null, members: others });
  }
  return groups;
}
