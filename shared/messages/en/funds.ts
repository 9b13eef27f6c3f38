// Messages of the funds namespace; keys start with "funds.". See docs/messages.md.
export const funds = {
  'funds.notFound': 'There is no fund #{id}.',
  'funds.nameTaken': 'There is already a fund called "{name}".',
  'funds.restrictedTooLow': 'The restricted fund "{fund}" holds {held} on {date}; this would take it to {after} that day. A restricted fund cannot be spent below zero on any date.',
} as const;
