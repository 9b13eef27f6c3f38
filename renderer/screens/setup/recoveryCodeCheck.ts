/** The recovery code's groups as shown ("K7M2Q-…" has six groups of five). */
export function recoveryCodeGroups(recoveryCode: string): string[] {
  return recoveryCode.split(/[\s-]+/).filter((group) => group !== '');
}

/**
 * Which groups (0-based) to ask back: the second and the fifth when there are that many. Two groups
 * from different lines of the paper show it was written down, without retyping all of it.
 */
export function groupsToCheck(groupCount: number): number[] {
  if (groupCount >= 5) return [1, 4];
  if (groupCount >= 2) return [0, groupCount - 1];
  return [0];
}

/** Whether a retyped group matches, read as the core reads codes: case, spaces and look-alike letters do not matter. */
export function sameGroup(typed: string, expected: string): boolean {
  return normalise(typed) === normalise(expected);
}

function normalise(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
