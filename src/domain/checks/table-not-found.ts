import type { Finding, Severity } from "../finding";
import { type Grid, isBlank, labelText } from "../grid";
import { TITLE } from "../locate/labels";
import type { SkipReason } from "../check-scope";
import { formatMessage, noteMessageId } from "./messages";

/** table-not-found is no Check (the engine reports it when the locator finds nothing), but it has the same shape. */
export const TABLE_NOT_FOUND = {
  code: "table-not-found",
  severity: "info",
  description: "工作表中没有找到自评表（如项目清单、说明页），或是年初绩效目标表、空白模板，该表被跳过；只有自评表标题而没有表格时为警告",
  messages: {
    empty: "工作表“{{sheet}}”是空的，已跳过。",
    titleOnly: "工作表“{{sheet}}”只有标题“{{title}}”，没有表格内容（项目名称、项目资金、绩效指标），已跳过：如果表格被误删，请从模板或备份中恢复。",
    targets: "工作表“{{sheet}}”是年初的项目支出绩效目标表，不是自评表，未检查（可以用“导入绩效目标”由它生成自评表）。",
    blankTemplate: "工作表“{{sheet}}”是空白模板（没有填写项目名称），未检查；新增项目时会复制它。",
    list: "工作表“{{sheet}}”是项目清单（序号 / 项目名称），不是自评表，未检查。",
    notFound: "工作表“{{sheet}}”中没有找到项目支出绩效自评表（按“项目名称”“年度资金总额”“三级指标”等标签查找），已跳过。如果这是自评表，请检查这些标签是否写对。",
  },
} as const;

type MessageId = keyof typeof TABLE_NOT_FOUND.messages;

const SKIPPED: Record<SkipReason, MessageId> = { targets: "targets", "blank-template": "blankTemplate" };

const YEAR_LINE = /^\(?(19|20)\d{2}年度?\)?$/;

/**
 * table-not-found: a sheet without any self-evaluation table, reported as information, not as an
 * error; a sheet holding nothing but a self-evaluation title (and a year line) is a table that went
 * missing, so that one is a warning. A profile severity overrides both.
 */
export function tableNotFound(grid: Grid, severity?: Severity): Finding {
  const filled = grid.values.flat().filter((v) => !isBlank(v));
  const empty = filled.length === 0;
  const texts = filled.map((v) => (typeof v === "string" ? labelText(v) : ""));
  const title = texts.find((t) => TITLE.test(t));
  const titleOnly = title !== undefined && texts.every((t) => TITLE.test(t) || YEAR_LINE.test(t));
  // A unit's own list of its projects (序号 | 项目名称 | 备注): said plainly, not as a table gone missing.
  const list = !empty && !titleOnly && texts.includes("序号") && texts.some((t) => /^项目名称:?$/.test(t));
  const messageId: MessageId = empty ? "empty" : titleOnly ? "titleOnly" : list ? "list" : "notFound";
  const finding: Finding = {
    code: TABLE_NOT_FOUND.code,
    severity: severity ?? (titleOnly ? "warning" : TABLE_NOT_FOUND.severity),
    sheet: grid.sheet,
    message: formatMessage(TABLE_NOT_FOUND.messages[messageId], titleOnly ? { sheet: grid.sheet, title } : { sheet: grid.sheet }),
    data: titleOnly ? { empty, titleOnly } : list ? { empty, list } : { empty },
  };
  return noteMessageId(finding, messageId);
}

/** A sheet with tables that the check leaves out (targets tables, the blank template): information. */
export function skippedSheet(grid: Grid, reason: SkipReason): Finding {
  const messageId = SKIPPED[reason];
  const finding: Finding = { code: TABLE_NOT_FOUND.code, severity: "info", sheet: grid.sheet, message: formatMessage(TABLE_NOT_FOUND.messages[messageId], { sheet: grid.sheet }), data: { skipped: reason } };
  return noteMessageId(finding, messageId);
}
