import { loadOnce } from "../load-once";
import type { ProjectRules } from "./project-rules";

/** The 新增项目 tab's domain rules, fetched with the "projects" chunk the first time the tab opens. */
export const loadProjectRules = loadOnce<ProjectRules>(() => import(/* webpackChunkName: "projects" */ "./project-rules").then((m) => m.projectRules));
