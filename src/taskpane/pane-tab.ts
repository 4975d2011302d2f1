/** The pane's two tabs, and the one it opens on. */
export type PaneTab = "check" | "add";

/**
 * The tab the page's URL asks for: `?view=add` (the ribbon's 新增项目 button) opens 新增项目, `?view=check`
 * 检查评分. Without a `view` (打开面板) the URL asks for none: the pane opens where the user left it.
 */
export function paneTabFromSearch(search: string): PaneTab | undefined {
  const view = new URLSearchParams(search).get("view");
  return view === "add" || view === "check" ? view : undefined;
}
