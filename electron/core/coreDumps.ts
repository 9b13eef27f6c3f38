import { writeFileSync } from 'node:fs';

/**
 * Keeps the key out of crash dumps where the system lets a Node process do so. On Linux, writing 0 to
 * /proc/self/coredump_filter leaves every memory mapping (the heap, where the data key lives) out of
 * any core dump of this process and of the processes it starts. Node cannot call setrlimit(RLIMIT_CORE),
 * prctl(PR_SET_DUMPABLE) or mlock, and macOS and Windows have no such file: there nothing changes.
 * Returns whether dumps were restricted.
 */
export function keepKeysOutOfCoreDumps(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    writeFileSync('/proc/self/coredump_filter', '0');
    return true;
  } catch {
    // A hardened kernel or a sandbox without /proc: nothing more can be done from here.
    return false;
  }
}
