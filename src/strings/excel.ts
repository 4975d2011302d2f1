/**
 * Every message the Excel adapter (src/excel/) shows to the user: skipped writes, degraded features,
 * undo results and Office.js errors. Plain Chinese, built from data.
 */
export const excelStrings = {
  skipped: {
    protectedSheet: (sheet: string, count: number): string =>
      `工作表“${sheet}”受保护，${count} 处写入、标色或批注未执行。请撤销工作表保护后重新检查。`,
    protectedCell: (sheet: string, cell: string): string => `工作表“${sheet}”受保护，${cell} 未写入。`,
    sheetNotFound: (sheet: string): string => `找不到工作表“${sheet}”（可能已被删除或重命名），相关写入已跳过。`,
    badAddress: (sheet: string, cell: string): string => `工作表“${sheet}”中的单元格地址“${cell}”无效，已跳过。`,
    formulaCell: (sheet: string, cell: string, formula: string): string =>
      `工作表“${sheet}”的 ${cell} 含有公式 ${formula}，为保留您的公式，未写入计算结果。`,
    userComment: (sheet: string, cell: string): string =>
      `工作表“${sheet}”的 ${cell} 已有他人的批注，检查说明未写入该单元格（请查看任务窗格中的结果）。`,
  },

  degraded: {
    notesUnavailable:
      "当前 Excel 版本不支持通过加载项添加单元格批注（需要 ExcelApi 1.10 或更高版本），检查说明只显示在任务窗格中。",
    notesAsComments: "当前 Excel 版本不支持“备注”（需要 ExcelApi 1.18），检查说明以批注形式添加。",
    mergesUnavailable:
      "当前 Excel 版本无法读取合并单元格（需要 ExcelApi 1.13），表格识别可能不够准确。",
  },

  retry: {
    cellEditMode: (retries: number): string =>
      `Excel 正处于单元格编辑状态，已等待并重试 ${retries} 次。`,
  },

  undo: {
    nothingToUndo: "没有可以撤销的检查记录。",
    badRecord: "撤销记录已损坏，无法撤销。请手动检查标色和批注。",
    restored: (cells: number): string => `已撤销本次检查：恢复了 ${cells} 个单元格。`,
    marksCleared: (cells: number): string => `已清除 ${cells} 个单元格上的标色和批注，计算结果保留。`,
    changedSince: (sheet: string, cell: string): string =>
      `工作表“${sheet}”的 ${cell} 在检查后被修改过，保留了您的修改。`,
    sheetMissing: (sheet: string): string => `工作表“${sheet}”已不存在或已改名，其中的内容无法撤销。`,
    sheetProtected: (sheet: string): string => `工作表“${sheet}”受保护，其中的内容无法撤销。请撤销保护后重试。`,
  },

  errors: {
    cellEditMode: "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后再试。",
    accessDenied: "Excel 拒绝了本次修改：工作表或工作簿可能受保护，或文件为只读。",
    itemNotFound: "找不到要处理的工作表或单元格，可能已被删除或重命名。请重新检查。",
    invalidArgument: "Excel 不接受本次操作的参数。请重新检查；如果问题仍然存在，请联系管理员。",
    payloadTooLarge: "工作簿内容过多，Excel 无法一次处理。请将表格拆分到较少的工作表后再试。",
    activityLimit: "Excel 暂时无法处理更多请求，请稍后再试。",
    conflict: "工作簿正被其他人同时编辑，本次修改与其冲突。请稍后再试。",
    generalException: "Excel 内部错误，本次操作未完成。请保存文件后重试。",
    apiNotAvailable: "当前 Excel 版本不支持此功能。请升级到 Microsoft 365 或 Office 2021 及以上版本。",
    notInExcel: "未检测到 Excel：请在 Excel 中打开绩效自评助手。",
    unknown: (code: string | undefined, detail: string | undefined): string =>
      `Excel 操作失败${code ? `（${code}）` : ""}${detail ? `：${detail}` : "。"}`,
  },
} as const;
