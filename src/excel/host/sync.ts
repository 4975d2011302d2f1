/** Counts round trips to Excel so that the run can report (and tests can pin) how many it took. */

export interface SyncCounter {
  syncs: number;
}

export function newCounter(): SyncCounter {
  return { syncs: 0 };
}

/** `context.sync()`, counted. Every round trip in src/excel goes through here. */
export async function countedSync(context: Excel.RequestContext, counter: SyncCounter): Promise<void> {
  counter.syncs++;
  await context.sync();
}
