// Runs electronegativity through its documented programmatic entry, in a process of its own, and writes its
// findings as JSON: `node build/electronegativityRun.mjs SCANNER_DIR INPUT ELECTRON_VERSION OUT.json`.
// Not its `-o file.csv`: its CLI writes the CSV's header and its rows with two asynchronous writes to the
// same file, so a run can leave the rows overwritten or lost (a scan that passes because it lost its findings).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [scannerDir, input, electronVersion, out] = process.argv.slice(2);
if (out === undefined) {
  console.error('usage: node build/electronegativityRun.mjs SCANNER_DIR INPUT ELECTRON_VERSION OUT.json');
  process.exit(2);
}
// The scanner is CommonJS, built for an older Node: loaded by require, from wherever it is installed.
const run = createRequire(import.meta.url)(path.resolve(scannerDir));

run({
  input: path.resolve(input),
  customScan: [],
  excludeFromScan: [],
  isRelative: false,
  isVerbose: false,
  electronVersionOverride: electronVersion,
  parserPlugins: [],
})
  .then((result) => {
    const findings = result.issues.map((issue) => ({
      issue: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      location: `${issue.location.line}:${issue.location.column}`,
      sample: issue.sample ?? '',
      description: issue.description,
    }));
    const errors = result.errors.map((error) => ({ file: error.file, message: String(error.message ?? error.error ?? error).split('\n')[0] }));
    writeFileSync(out, JSON.stringify({ errors, findings }));
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
