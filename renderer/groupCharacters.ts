/** Splits a long code into groups a person can read aloud and copy by hand ("JBSW Y3DP EHPK 3PXP"). */
export function groupCharacters(text: string, size = 4): string[] {
  const groups: string[] = [];
  for (let start = 0; start < text.length; start += size) groups.push(text.slice(start, start + size));
  return groups;
}
