/** The core's words on retention and the legal hold. */
export const retention = {
  'retention.holdAlreadyStands': 'A legal hold already stands, placed on {since}. Lift it before placing another.',
  'retention.noHold': 'No legal hold stands.',
  'retention.underHold': 'A legal hold stands since {since} ({note}): nothing is shredded while it does.',
} as const;
