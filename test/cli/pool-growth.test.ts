/**
 * How many check workers the pool runs (src/cli/workers/growth.ts): one per 1.5 cores at first, as
 * each keeps more than a core busy, and one more for each file that runs very long. The pool itself,
 * with real worker threads, is tested in jobs.test.ts.
 */
import { initialWorkers, wantsAnotherWorker, type GrowthState } from "../../src/cli/workers/growth";

describe("initialWorkers", () => {
  it("starts one worker per 1.5 cores, at least one, never more than --jobs or files", () => {
    expect(initialWorkers(2, 40, 2)).toBe(1);
    expect(initialWorkers(8, 40, 1)).toBe(1);
    expect(initialWorkers(1, 40, 16)).toBe(1);
    expect(initialWorkers(4, 40, 3)).toBe(2);
    expect(initialWorkers(4, 40, 4)).toBe(2);
    expect(initialWorkers(8, 40, 8)).toBe(5);
    expect(initialWorkers(16, 3, 16)).toBe(3);
  });
});

describe("wantsAnotherWorker", () => {
  const base: GrowthState = { slowFiles: 0, waiting: 30, workers: 1, baseWorkers: 1, maxWorkers: 2 };

  it("starts none while no file is slow", () => {
    expect(wantsAnotherWorker(base)).toBe(false);
    expect(wantsAnotherWorker({ ...base, waiting: 10_000 })).toBe(false);
  });

  it("starts one for each slow file in flight, so the waiting files keep moving", () => {
    expect(wantsAnotherWorker({ ...base, slowFiles: 1 })).toBe(true);
    // That one has started: the same slow file does not start another.
    expect(wantsAnotherWorker({ ...base, slowFiles: 1, workers: 2, maxWorkers: 4 })).toBe(false);
    expect(wantsAnotherWorker({ ...base, slowFiles: 2, workers: 2, maxWorkers: 4 })).toBe(true);
    expect(wantsAnotherWorker({ slowFiles: 1, waiting: 30, workers: 5, baseWorkers: 5, maxWorkers: 8 })).toBe(true);
  });

  it("never goes past --jobs, and not when no file is waiting", () => {
    expect(wantsAnotherWorker({ ...base, slowFiles: 1, maxWorkers: 1 })).toBe(false);
    expect(wantsAnotherWorker({ ...base, slowFiles: 2, workers: 2 })).toBe(false);
    expect(wantsAnotherWorker({ ...base, slowFiles: 1, waiting: 0 })).toBe(false);
  });
});
