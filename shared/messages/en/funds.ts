// Messages of the funds namespace; keys start with "funds.". See docs/messages.md.
export const funds = {
  'funds.notFound': 'There is no fund #{id}.',
  'funds.nameTaken': 'There is already a fund called "{name}".',
  'funds.sameName': 'The fund is already called "{name}".',
  'funds.alreadyArchived': 'The fund "{fund}" is already archived.',
  'funds.notArchived': 'The fund "{fund}" is not archived.',
  'funds.archiveNotEmpty': 'The fund "{fund}" still holds {balance}. Move the money to another fund before archiving it.',
  'funds.generalNotArchived': 'The general fund is where every entry goes unless another fund is chosen; it cannot be archived.',
  'funds.purposeNeeded': 'Say what a restricted fund may be spent on: its purpose is what the group promised the donors.',
  'funds.restrictedTooLow': 'The restricted fund "{fund}" holds {held} on {date}; this would take it to {after} that day. A restricted fund cannot be spent below zero on any date.',
} as const;
