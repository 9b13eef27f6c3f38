// Messages of the audit namespace; keys start with "audit.". See docs/messages.md.
// The auditor's summary: making it, and checking a summary file.
export const audit = {
  'audit.periodNotOver': 'A summary covers whole months that have ended: {month} has not ended yet. End the period at last month or before.',
  'audit.periodTooLong': 'One summary covers at most {months} months: make one for each part of the period.',
  'audit.pathNotFull': 'Give the file’s full path, starting from the top of the disk.',
  'audit.fileExists': 'There is already a file at {path}: choose another name, so that no summary is overwritten.',
  'audit.fileNotWritten': 'The file could not be written to {path} ({problem}): check that the folder can be written to and has room.',
  'audit.fileNotRead': 'The summary file could not be read from {path} ({problem}).',
  'audit.fileTooLarge': 'This file is far larger than any summary: it is not one.',
  'audit.notText': 'This file is not text: it is not a summary.',
  'audit.notJson': 'This file is not JSON: it is not a summary, or it was cut short or changed.',
  'audit.notASummary': 'This file is not a Mutual Ledger summary.',
  'audit.newerVersion': 'This summary was made by a newer version of Mutual Ledger (format version {version}): update the app to check it.',
  'audit.notInForm': 'The summary does not have the form it was signed in (at {where}): it was changed after it was signed.',
  'audit.notAsSigned': 'The file was changed after it was signed: from line {line} it differs from the form it was signed in.',
  'audit.fingerprintNotTheKeys': 'The fingerprint in the file is not its key’s: the file was changed after it was signed.',
  'audit.signatureDoesNotMatch': 'The signature does not match the figures: the file was changed after it was signed.',
  'audit.anotherGroupsKey': 'This summary was signed by another key ({theirs}), not this vault’s group key ({ours}).',
  'audit.sinceSummaryAndAnchor': 'Give either a summary to check from or a written-down head, not both.',
} as const;
