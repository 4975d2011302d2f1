/**
 * Decides whether the pane runs inside Excel. Kept free of React so it can be tested on its own.
 */

/** How long to wait for `Office.onReady` before telling the user to open the pane in Excel. */
export const OFFICE_READY_TIMEOUT_MS = 2000;

export type HostCheck =
  /** Office.js reported Excel. */
  | { kind: "excel" }
  /** Office.js loaded but reported no host (a plain browser tab) or another Office application. */
  | { kind: "outside"; reason: "no-host" | "other-host" | "timeout" }
  /** office.js itself did not load (no `Office` global), e.g. the CDN is unreachable. */
  | { kind: "outside"; reason: "no-office-js" };

type OnReady = () => Promise<{ host: Office.HostType | null }>;

/**
 * Resolves with the first answer: Office's own, or "timeout" after `timeoutMs`. If Office answers
 * "Excel" after the timeout (a slow start), `onLateExcel` is called so the pane can still appear.
 */
export function checkHost(
  onReady: OnReady | undefined,
  timeoutMs: number,
  onLateExcel: () => void,
): Promise<HostCheck> {
  if (!onReady) return Promise.resolve({ kind: "outside", reason: "no-office-js" });
  return new Promise<HostCheck>((resolve) => {
    let answered = false;
    const timer = setTimeout(() => {
      answered = true;
      resolve({ kind: "outside", reason: "timeout" });
    }, timeoutMs);
    onReady().then(
      (info) => {
        const check: HostCheck =
          info.host === null || info.host === undefined
            ? { kind: "outside", reason: "no-host" }
            : String(info.host) === "Excel"
              ? { kind: "excel" }
              : { kind: "outside", reason: "other-host" };
        if (answered) {
          if (check.kind === "excel") onLateExcel();
          return;
        }
        answered = true;
        clearTimeout(timer);
        resolve(check);
      },
      () => {
        if (answered) return;
        answered = true;
        clearTimeout(timer);
        resolve({ kind: "outside", reason: "no-host" });
      },
    );
  });
}
