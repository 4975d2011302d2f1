/**
 * The domain rules the 新增项目 tab needs: reading the form (decimal.js) and which printed form a
 * profile uses. Loaded with the "projects" chunk when the tab opens, so the pane's first screen
 * does not carry them.
 */
import { formOf } from "../../domain/template/build";
import { defaultProjectYear, parseProjectYear, validateProjectForm } from "../../domain/template/project-form";

export const projectRules = { defaultProjectYear, parseProjectYear, validateProjectForm, formOf };

export type ProjectRules = typeof projectRules;
