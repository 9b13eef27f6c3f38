/** The words of importing statements. */
export const importing = {
  'import.csvUnreadable': 'The file cannot be read as CSV at line {line}: a quoted cell is never closed.',
} as const;
