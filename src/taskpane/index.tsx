/**
 * Pane entry: waits for Office, then renders the app inside Excel, or a Chinese explanation when the
 * page was opened anywhere else.
 */
import { createRoot, type Root } from "react-dom/client";
import { hostInfo } from "../office/helpers";
import { createOfficeAddin } from "./addin";
import { App } from "./App";
import { checkHost, OFFICE_READY_TIMEOUT_MS, type HostCheck } from "./boot";
import { OutsideOffice } from "./OutsideOffice";
import { createBrowserPaneStore } from "./pane-store";
import { paneTabFromSearch } from "./pane-tab";

function officeOnReady(): (() => Promise<{ host: Office.HostType | null }>) | undefined {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return undefined;
  return () => Office.onReady();
}

let rendered = false;

/** Renders the pane once Office reported Excel (on time, or late after the timeout screen). */
function renderApp(root: Root): void {
  if (rendered) return;
  rendered = true;
  root.render(
    <App addin={createOfficeAddin()} store={createBrowserPaneStore()} loadHostInfo={hostInfo} initialTab={paneTabFromSearch(window.location.search)} />,
  );
}

function renderCheck(root: Root, check: HostCheck): void {
  if (check.kind === "excel") renderApp(root);
  else root.render(<OutsideOffice officeJsMissing={check.reason === "no-office-js"} />);
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  void checkHost(officeOnReady(), OFFICE_READY_TIMEOUT_MS, () => renderApp(root)).then((check) =>
    renderCheck(root, check),
  );
}
