/**
 * Every message the Excel adapter (src/excel/) shows to the user: skipped writes, degraded features,
 * undo results and Office.js errors. Plain Chinese, built from data.
 */
import { DRAFT_PLACEHOLDER } from "../domain/drafts/placeholder";

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

  /** Excel's documented limits (src/excel/host/limits.ts). */
  limits: {
    undoTooLarge: (cells: number): string =>
      `本次检查要改动 ${cells} 个单元格，撤销记录超出了工作簿设置能保存的大小，为了能够撤回，本次没有写入任何内容（问题清单照常列出）。请分批检查（例如把部分工作表移到另一个工作簿），或用命令行 selfeval check --write 生成检查后的副本。`,
    structureProtected: (sheet: string): string =>
      `工作簿结构受保护，无法新增或删除工作表，项目清单“${sheet}”没有写入。其余结果照常写入；如需项目清单，请在“审阅 → 保护工作簿”中取消保护后重新检查。`,
    partiallyWritten: (code: string | undefined): string =>
      `检查结果只写入了一部分：Excel 拒绝了后面的写入${code ? `（${code}）` : ""}。请先点“撤销本次检查”撤回已写入的部分，再重新检查。`,
    notWrittenSummary: "检查完成，但本次没有写入任何内容（原因见下）。问题清单照常列出。",
    structureProtectedAdd:
      "工作簿结构受保护，不能新增工作表，本次没有做任何改动。请在“审阅 → 保护工作簿”中取消保护后再试。",
    noteRefused: (sheet: string, cell: string): string =>
      `工作表“${sheet}”的 ${cell} 上的批注没有加上（该单元格已有讨论批注），问题见任务窗格。`,
  },

  /** 填入说明草稿 (src/excel/check/drafts.ts): why a draft was not written, and what else to know. */
  drafts: {
    notEmpty: (sheet: string, cell: string): string => `工作表“${sheet}”的 ${cell} 已有内容，未覆盖（说明草稿没有填入）。`,
    alreadyDrafted: (sheet: string, cell: string): string => `工作表“${sheet}”的 ${cell} 已有说明草稿（含“${DRAFT_PLACEHOLDER}”），没有重复填入。`,
    formulaCell: (sheet: string, cell: string): string => `工作表“${sheet}”的 ${cell} 是公式，为保留您的公式，说明草稿没有填入。`,
    sheetNotFound: (sheet: string): string => `找不到工作表“${sheet}”（可能已被删除或重命名），说明草稿没有填入。请重新检查。`,
    badAddress: (sheet: string, cell: string): string => `工作表“${sheet}”中的单元格地址“${cell}”无效，说明草稿没有填入。`,
    stale: (sheet: string, cell: string): string =>
      `工作表“${sheet}”的 ${cell} 没有填入说明草稿：检查之后表格有了改动，这个偏差已不在该单元格（可能插入或删除了行，或改了实际值、得分）。请重新检查后再填入。`,
    emptyGoal: (sheet: string, cell: string): string =>
      `工作表“${sheet}”的“实际完成情况”（${cell}）还是空的：请先写实际完成情况，执行率的说明草稿会接在它后面。`,
    tooLong: (sheet: string, cell: string, max: number): string =>
      `工作表“${sheet}”的 ${cell} 接上说明草稿后会超过 Excel 一个单元格最多 ${max} 个字符的限制，说明草稿没有填入。请先精简该单元格中的文字。`,
    notesModeChanged:
      "本工作簿上次是在另一版本的 Excel 中检查的，为了能一并撤销，说明草稿没有加批注（草稿本身和底色照常填入）。",
    undoTooLarge: (cells: number): string =>
      `填入说明草稿要改动 ${cells} 个单元格，连同本次检查的撤销记录超出了工作簿设置能保存的大小，为了能够撤回，没有填入任何草稿。请先撤销或清除本次检查的标记，或分批填入。`,
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

  /** 新增项目 / 创建模板 / 导入绩效目标. */
  project: {
    templateMissing: (sheet: string): string => `找不到模板工作表“${sheet}”，可能已被删除或改名。请重新选择模板。`,
    sheetMissing: (sheet: string): string => `找不到工作表“${sheet}”，可能已被删除或改名。`,
    fieldNames: {
      name: "项目名称",
      dept: "主管部门",
      unit: "实施单位",
      budgetUnit: "预算单位",
      year: "年度",
      initial: "年初预算数",
      annual: "全年预算数",
      total: "年度资金总额",
    },
    fieldsByHand: (sheet: string, fields: string[]): string => `模板上没有找到${fields.join("、")}的位置，请在工作表“${sheet}”中手工填写。`,
    noTable: (template: string): string => `模板“${template}”上没有识别出自评表，新工作表是模板的原样副本。`,
    formMismatch: (template: string, form: string, wanted: string): string =>
      `模板“${template}”是${form}格式，而当前评分规则使用${wanted}格式；已按模板的格式填写，请确认评分规则是否选对。`,
    formNames: { national: "全国通用", sichuan: "四川" },
    builtFromCells:
      "当前 Excel 版本不能复制工作表（需要 ExcelApi 1.7），新工作表是按模板的内容、数字格式、底纹、加粗、对齐方式和列宽行高逐格生成的。",
    notCarried: (features: string[]): string => `以下内容未能从模板带到新工作表：${features.join("、")}。请对照模板补齐，或升级 Excel 后重新新增。`,
    templateTooLarge: (cells: number): string => `模板有 ${cells} 个单元格，过多，只复制了内容和数字格式，没有复制底纹、加粗和对齐方式。`,
    noTargets: (sheet: string): string =>
      `工作表“${sheet}”中没有找到项目支出绩效目标表（需要有“项目名称”和“一级指标 / 二级指标 / 三级指标 / 指标值”等栏目），没有导入任何内容。`,
    suggestedWeights: "分值是按评分规则在各一级指标内平均分配的建议值（浅黄色底纹），请逐项确认或修改。",
    inferredLevels: (count: number): string => `有 ${count} 个指标在目标表中没有写一级指标，已按二级指标归类并在批注中说明，请核对。`,
    unknownLevels: (count: number): string => `有 ${count} 个指标无法判断属于哪个一级指标，没有分配建议分值，请手工填写。`,
    annualBudget: "年初预算数取自目标表的“年度资金总额”；全年预算数（含调整）、全年执行数和实际完成值请据实填写。",
    notesLost: (count: number): string => `当前 Excel 版本不能添加批注，有 ${count} 条说明没有写入工作表（详见任务窗格）。`,
    notesAsComments: "当前 Excel 版本不支持“备注”（需要 ExcelApi 1.18），说明以批注形式添加。",
  },

  /** What a sheet the add-in writes loses on an older Excel. */
  writer: {
    features: {
      merges: "合并单元格",
      sizes: "列宽和行高",
      validations: "下拉列表",
      notes: "批注说明",
      borders: "边框",
      fonts: "字号和字体颜色",
    },
    degraded: (features: string[]): string => `当前 Excel 版本不支持由加载项设置${features.join("、")}，新工作表中没有这些格式。`,
    validationTitle: "不在列表中",
    validationMessage: "输入的内容不在下拉列表中。如确需使用本单位的写法，可以选择保留。",
  },

  /** 撤销新增. */
  added: {
    nothing: "没有可以撤销的新增工作表。",
    badRecord: "新增工作表的记录已损坏，无法撤销。请手动删除不需要的工作表。",
    removed: (sheets: string[]): string => `已删除新增的工作表：${sheets.map((s) => `“${s}”`).join("、")}。`,
    kept: (sheet: string): string => `工作表“${sheet}”在新增后被修改过，已保留（如不需要，请手动删除）。`,
    missing: (sheet: string): string => `工作表“${sheet}”已不存在或已改名，无需撤销。`,
    lastSheet: (sheet: string): string => `工作表“${sheet}”是工作簿中唯一可见的工作表，Excel 不允许删除，已保留。`,
  },

  /** The add-in's list sheet (项目清单). */
  listSheet: {
    written: (sheet: string): string => `项目清单已写入工作表“${sheet}”（最后一个工作表）。`,
    userSheet: (sheet: string): string => `已有名为“${sheet}”的工作表不是绩效自评助手生成的，没有改动它，项目清单未写入。`,
    protectedSheet: (sheet: string): string => `项目清单工作表“${sheet}”受保护，没有重写。`,
    undoDeleted: (sheet: string): string => `已删除本次检查生成的项目清单“${sheet}”。`,
    undoRestored: (sheet: string): string => `项目清单“${sheet}”已恢复为检查前的内容。`,
    undoChanged: (sheet: string): string => `项目清单“${sheet}”在检查后被修改过，保留了您的修改。`,
    undoMissing: (sheet: string): string => `项目清单“${sheet}”已不存在或已改名，无需撤销。`,
  },

  errors: {
    cellEditMode: "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后再试。",
    accessDenied: "Excel 拒绝了本次修改：工作表或工作簿可能受保护，或文件为只读。",
    itemNotFound: "找不到要处理的工作表或单元格，可能已被删除或重命名。请重新检查。",
    invalidArgument: "Excel 不接受本次操作的参数。请重新检查；如果问题仍然存在，请联系管理员。",
    payloadTooLarge: "工作簿中单元格内容过多（例如表格下方粘贴了大量数据），Excel 网页版一次传不了这么多。本工具已经分批读取仍未成功：请删除表格以外不需要的内容（或把它移到另一个工作簿）后再试，或在桌面版 Excel 中检查。",
    rangeTooLarge: "要读取的区域超过了 Excel 一次最多 500 万个单元格的限制。请删除表格以外不需要的大量内容后再试。",
    memoryLimit: "Excel 内存不足，无法完成本次操作。请关闭其他工作簿后再试，或用命令行 selfeval check 检查 .xlsx 文件。",
    invalidOperation: "Excel 当前不允许这个操作（例如工作表正被其他操作占用）。请稍候再试。",
    itemAlreadyExists: "已有同名的工作表或设置，本次操作未完成。请重新检查。",
    unsupportedFeature: "工作表中含有 Excel 加载项无法处理的内容（例如某些旧式对象），本次操作未完成。",
    inactiveWorkbook: "该工作簿当前不是活动窗口。请先点击工作簿窗口，再重试。",
    activityLimit: "Excel 暂时无法处理更多请求，请稍后再试。",
    conflict: "工作簿正被其他人同时编辑，本次修改与其冲突。请稍后再试。",
    generalException: "Excel 内部错误，本次操作未完成。请保存文件后重试。",
    apiNotAvailable: "当前 Excel 版本不支持此功能。请升级到 Microsoft 365 或 Office 2021 及以上版本。",
    notInExcel: "未检测到 Excel：请在 Excel 中打开绩效自评助手。",
    unknown: (code: string | undefined, detail: string | undefined): string =>
      `Excel 操作失败${code ? `（${code}）` : ""}${detail ? `：${detail}` : "。"}`,
  },
} as const;
