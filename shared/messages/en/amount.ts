// Messages of the amount namespace; keys start with "amount.". See docs/messages.md.
export const amount = {
  'amount.empty': 'Enter an amount.',
  'amount.notAnAmount': '"{typed}" is not an amount. Write it like {example}.',
  'amount.hasSpace': '"{typed}" has a space inside it. Write the amount without spaces, like {example}.',
  'amount.otherCurrency': '"{typed}" is in another currency ({marker}); this account holds {currency}. Enter the amount in {currency}.',
  'amount.noCents': '{currency} has no cents: enter a whole number.',
  'amount.tooManyDecimals': '{currency} has only {digits, plural, one {# decimal place} other {# decimal places}}.',
  'amount.tooLarge': 'One amount can be at most {largest}.',
  'amount.noSign': 'Enter the amount without a minus sign; the kind of entry says which way the money goes.',
  'amount.notZero': 'The amount must be more than zero.',
} as const;
