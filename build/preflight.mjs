// Run by `npm test` before anything else (its `pretest`): the programs the tests call must be on this machine.
// Without them the suite would fail minutes in, five TOTP tests at a time with ENOENT; here it stops at once,
// with one line naming what to install. .ci/run installs them on CI.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * What the tests run, and the package each comes in. Chromium is looked for where the e2e harness looks
 * (electron/shell/chromiumShell.ts): $CHROMIUM_PATH, else /usr/bin/chromium; the others on $PATH.
 */
export const requiredTools = [
  { name: 'chromium', usedBy: 'the end-to-end tests (the Chromium shell)', packages: { debian: 'chromium', brew: '--cask chromium' } },
  { name: 'oathtool', usedBy: 'the TOTP tests', packages: { debian: 'oathtool', brew: 'oath-toolkit' } },
  { name: 'age', usedBy: 'the handover and CSV tests', packages: { debian: 'age', brew: 'age' } },
  { name: 'age-keygen', usedBy: 'the handover identity tests', packages: { debian: 'age', brew: 'age' } },
  { name: 'hledger', usedBy: "the auditor's journal test", packages: { debian: 'hledger', brew: 'hledger' } },
];

/** The path of an executable file, or undefined. */
function executable(file) {
  try {
    if (!statSync(file).isFile()) return undefined;
    if (process.platform !== 'win32') accessSync(file, constants.X_OK);
    return file;
  } catch {
    return undefined;
  }
}

/** Where a program is on the given PATH, or undefined. */
export function onPath(name, env = process.env) {
  const extensions = process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';')] : [''];
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    for (const extension of extensions) {
      const found = executable(path.join(dir, name + extension));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The tools of requiredTools this environment lacks. */
export function missingTools(env = process.env) {
  return requiredTools.filter((tool) => {
    if (tool.name === 'chromium') return executable(env.CHROMIUM_PATH ?? '/usr/bin/chromium') === undefined;
    return onPath(tool.name, env) === undefined;
  });
}

/** The one line that says what to install, or undefined when nothing is missing. */
export function preflightLine(missing, platform = process.platform) {
  if (missing.length === 0) return undefined;
  const names = missing.map((tool) => tool.name).join(', ');
  const unique = (list) => [...new Set(list)];
  let install;
  if (platform === 'darwin') {
    install = unique(missing.map((tool) => `brew install ${tool.packages.brew}`)).join(' && ');
  } else if (platform === 'linux') {
    install = `apt-get install ${unique(missing.map((tool) => tool.packages.debian)).join(' ')}`;
  } else {
    install = 'install them (the tests run on Linux: Debian or Ubuntu)';
  }
  const chromium = missing.some((tool) => tool.name === 'chromium') ? ' (or set CHROMIUM_PATH to a Chromium)' : '';
  return `npm test needs ${names} (not found here): ${install}${chromium}, then npm test again.`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const line = preflightLine(missingTools());
  if (line !== undefined) {
    console.error(line);
    process.exit(1);
  }
}
