/** The pane's two tabs, and the one it opens on. */
export type PaneTab = "check" | "add";

/** `?view=add` (the ribbon's 新增项目 button) opens the 新增项目 tab; anything else 检查评分. */
export function paneTabFromSearch(search: string): PaneTab {
  return new URLSearchParams(search).get("view") === "add" ? "add" : "check";
}
