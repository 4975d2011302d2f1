/**
 * The finding codes and their Chinese descriptions for the code filter. FINDING_CODES lives in the
 * check registry, which pulls in every check and decimal.js, so it arrives with the engine chunk
 * (already being preloaded when the pane starts) instead of weighing down the pane's first paint.
 */
import { useEffect, useState } from "react";
import type { Severity } from "../../domain/finding";

export type FindingCode = { code: string; severity: Severity; description: string };

let codes: Promise<readonly FindingCode[]> | undefined;

export function loadFindingCodes(): Promise<readonly FindingCode[]> {
  codes ??= import(/* webpackChunkName: "engine" */ "../../domain/checks").then((module) => module.FINDING_CODES);
  codes.catch(() => {
    codes = undefined;
  });
  return codes;
}

/** FINDING_CODES once loaded; an empty list until then (or if the chunk cannot load). */
export function useFindingCodes(): readonly FindingCode[] {
  const [loaded, setLoaded] = useState<readonly FindingCode[]>([]);
  useEffect(() => {
    let active = true;
    loadFindingCodes().then(
      (list) => {
        if (active) setLoaded(list);
      },
      (error: unknown) => console.warn("[selfeval] finding codes unavailable", error),
    );
    return () => {
      active = false;
    };
  }, []);
  return loaded;
}
