/**
 * The pane's one door to Excel. Components call `useAddin()`; the real implementation talks to the
 * Excel adapter, a test passes a fake through `AddinProvider`, so the pane renders without Excel.
 */
import { createContext, type ReactNode, useContext } from "react";
import type { CheckSettings } from "../commands/settings-store";
import { type Capabilities, detectCapabilities } from "../excel/capabilities";
import type { RunOutcome, UndoRunOutcome } from "../excel/run";
import { type SelectOutcome, selectCell } from "../excel/select";

export type Addin = {
  /** Checks and scores every sheet with these settings and applies the plan; never rejects. */
  checkAndScore(settings: CheckSettings): Promise<RunOutcome>;
  /** "撤销本次检查": restores what the last run changed. */
  undo(): Promise<UndoRunOutcome>;
  /** "清除标记": removes the last run's fills and notes, keeps the values. */
  clearMarks(): Promise<UndoRunOutcome>;
  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, address: string): Promise<SelectOutcome>;
  /** What this Excel can do (notes, merges, …), detected once. */
  capabilities: Capabilities;
};

type EngineModule = typeof import("../commands/run-check") & typeof import("../excel/run");

/**
 * The adapter backed by Office.js. The engine (checks, scoring, decimal.js, the adapter's read and
 * apply) is a separate chunk: its download starts at once, but the pane renders without waiting.
 */
export function createOfficeAddin(): Addin {
  let engine: Promise<EngineModule> | undefined;
  const loadEngine = (): Promise<EngineModule> => {
    engine ??= Promise.all([
      import(/* webpackChunkName: "engine" */ "../commands/run-check"),
      import(/* webpackChunkName: "engine" */ "../excel/run"),
    ]).then(([runCheck, run]) => ({ ...runCheck, ...run }));
    // A failed download is tried again on the next click.
    engine.catch(() => {
      engine = undefined;
    });
    return engine;
  };
  void loadEngine().catch((error: unknown) => console.warn("[selfeval] engine preload failed", error));

  return {
    capabilities: detectCapabilities(),
    checkAndScore: async (settings) => (await loadEngine()).runCheck(settings),
    undo: async () => (await loadEngine()).undoLastCheck(),
    clearMarks: async () => (await loadEngine()).clearCheckMarks(),
    selectCell: (sheet, address) => selectCell(sheet, address),
  };
}

const AddinContext = createContext<Addin | undefined>(undefined);

export function AddinProvider({ addin, children }: { addin: Addin; children: ReactNode }) {
  return <AddinContext.Provider value={addin}>{children}</AddinContext.Provider>;
}

/** The Excel adapter as the pane sees it: { checkAndScore, undo, clearMarks, selectCell, capabilities }. */
export function useAddin(): Addin {
  const addin = useContext(AddinContext);
  if (!addin) throw new Error("useAddin() outside <AddinProvider>");
  return addin;
}
