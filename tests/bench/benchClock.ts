// How long one run of a piece of work takes, as the bench's figures measure it.

/** Milliseconds for one run of asynchronous `work`. */
export async function millisecondsOf(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
