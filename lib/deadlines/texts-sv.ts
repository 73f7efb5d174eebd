import type { DeadlineTexts } from './texts';

/** Swedish badge texts (the default). Abbreviations as the portals themselves write them: "tis 23 jun". */
export const SV_TEXTS: DeadlineTexts = {
  weekdays: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
  months: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  today: 'idag',
  yesterday: 'igår',
  tomorrow: 'imorgon',
  workingDays: (count) => `${count} ${count === 1 ? 'vardag' : 'vardagar'}`,
  hours: (count) => `${count} tim`,
  minutes: (count) => `${count} min`,
  left: (amount) => `${amount} kvar`,
  lessThanAMinuteLeft: 'Mindre än 1 min kvar',
  dueBy: (when) => `Besvaras senast ${when}`,
  overdueSince: (when) => `Försenat sedan ${when}`,
  arrived: (when) => `Inkom ${when}`,
  unreadable: 'Kan inte läsa datum',
  untrusted: 'Kontrollera datum',
  untrustedTooltip:
    'Datumet ligger i framtiden enligt datorns klocka. Kontrollera när meddelandet kom in och att datorns klocka går rätt.',
  clockBehind: (count, unit) => {
    const units = {
      day: 'dygn',
      hour: count === 1 ? 'timme' : 'timmar',
      minute: count === 1 ? 'minut' : 'minuter',
    };
    return `Datorns klocka verkar gå efter med minst ${count} ${units[unit]}. Tiderna räknas från portalens tid.`;
  },
};
