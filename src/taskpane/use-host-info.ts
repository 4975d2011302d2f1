import { useEffect, useState } from "react";
import type { HostInfo } from "../office/helpers";

/** Reads the host once; a failure only hides the footer line. */
export function useHostInfo(loadHostInfo: (() => Promise<HostInfo>) | undefined): HostInfo | undefined {
  const [info, setInfo] = useState<HostInfo>();
  useEffect(() => {
    if (!loadHostInfo) return;
    let active = true;
    loadHostInfo().then(
      (loaded) => {
        if (active) setInfo(loaded);
      },
      (error: unknown) => console.warn("[selfeval] host info unavailable", error),
    );
    return () => {
      active = false;
    };
  }, [loadHostInfo]);
  return info;
}
