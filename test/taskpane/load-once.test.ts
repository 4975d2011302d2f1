import { loadOnce } from "../../src/taskpane/load-once";

describe("loadOnce", () => {
  it("shares one download between callers", async () => {
    const load = jest.fn(() => Promise.resolve("chunk"));
    const get = loadOnce(load);
    expect(await Promise.all([get(), get()])).toEqual(["chunk", "chunk"]);
    expect(await get()).toBe("chunk");
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("downloads again after a failure (a click after the network came back works)", async () => {
    const load = jest.fn().mockRejectedValueOnce(new Error("ChunkLoadError")).mockResolvedValue("chunk");
    const get = loadOnce(load as () => Promise<string>);
    await expect(get()).rejects.toThrow("ChunkLoadError");
    expect(await get()).toBe("chunk");
    expect(load).toHaveBeenCalledTimes(2);
  });
});
