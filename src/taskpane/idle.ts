/**
 * Runs `task` once the page is idle after the current work (the first render's paint), or after
 * `timeoutMs` at the latest; a setTimeout where requestIdleCallback is missing (Safari in Excel on
 * Mac). Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}
