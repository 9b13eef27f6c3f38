/** The Electron package folder, or undefined when Electron is not installed (e.g. `npm ci --omit=dev`). */
export function electronPackageDir(): string | undefined;
/** The Electron executable's path when the binary has been downloaded, else undefined. */
export function installedElectronBinary(): string | undefined;
/** The version of the installed Electron package (the binary, when present, is this version). */
export function electronVersion(): string | undefined;
