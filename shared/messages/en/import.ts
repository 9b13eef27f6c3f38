/** The words of importing statements. */
export const importing = {
  'import.csvUnreadable': 'The file cannot be read as CSV at line {line}: a quoted cell is never closed.',
  'import.badDate': 'The date “{written}” is not one this statement writes.',
  'import.unknownStatus': 'The status “{status}” is not one this importer knows, so the row is not booked.',
  'import.badAmount': 'The amount cannot be read: {problem}',
} as const;
