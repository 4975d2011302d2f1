/**
 * Every string the task pane, the ribbon commands and the notice dialog show to the user.
 * Ribbon labels and tooltips live in manifest.xml (Office reads them from there).
 */
import { DRAFT_PLACEHOLDER } from "../domain/drafts/placeholder";
import { SEVERITY_LABELS, type Severity } from "../domain/finding";

/** Finding totals of one run, as the summary line counts them. */
export type SummaryCounts = { projects: number; error: number; warning: number; info: number };

/** "已检查 10 个项目：错误 7 个，警告 12 个，提示 1 个": the one-line outcome of a run. */
function runSummary(counts: SummaryCounts): string {
  return `已检查 ${counts.projects} 个项目：错误 ${counts.error} 个，警告 ${counts.warning} 个，提示 ${counts.info} 个`;
}

const UNNAMED_PROJECT = "（未填写项目名称）";


export const uiStrings = {
  appName: "绩效自评助手",

  pane: {
    loading: "正在加载绩效自评助手…",
    title: "绩效自评助手",
    description: "检查项目支出绩效自评表：核对资金执行率、指标得分与总分，并标出需要补充说明的单元格。",
    hostLabel: (host: string, platform: string | undefined): string =>
      platform ? `运行环境：${host}（${platform}）` : `运行环境：${host}`,

    actions: {
      checkAndScore: "检查并评分",
      undo: "撤销本次检查",
      clearMarks: "清除标记",
      exportCsv: "导出检查结果",
      copyTsv: "复制检查结果",
      copyTsvHint: "复制到剪贴板，可直接粘贴到 Excel 工作表",
      actionsLabel: "其他操作",
      more: "更多",
      moreHint: "撤销、清除标记、导出和复制",
    },

    progress: {
      check: "正在检查并评分，工作表较多时需要几秒钟…",
      undo: "正在撤销本次检查…",
      clearMarks: "正在清除标记…",
      drafts: "正在填入说明草稿…",
    },

    tabs: {
      label: "绩效自评助手的功能",
      check: "检查评分",
      add: "新增项目",
    },

    settings: {
      heading: "设置",
      summary: (profile: string, rateAsFormula: boolean, addNotes: boolean, projectList: boolean): string =>
        `${profile} · 执行率${rateAsFormula ? "写公式" : "写数值"} · ${addNotes ? "添加批注" : "不加批注"} · ${projectList ? "更新项目清单" : "不更新项目清单"}`,
      profile: "评分规则方案",
      rateFormula: "执行率写成公式（=全年执行数/全年预算数）",
      addNotes: "在问题单元格添加批注",
      projectList: "更新项目清单工作表（每次检查时重写，汇总各项目的执行率、总分和等级）",
      notesUnsupported: "本版本 Excel 不支持由加载项添加批注（需要 Office 2021 或 Microsoft 365），问题只在面板的问题清单中列出。",
      notRemembered: "无法保存设置（浏览器禁止本地存储），本次关闭面板后将恢复默认设置。",
      loadFailed: "无法读取上次保存的设置，已使用默认设置。",
    },

    results: {
      heading: "检查结果",
      /** Read before the verdict by a screen reader; the verdict itself is on screen. */
      headingPrefix: "检查结果：",
      verdict: (counts: SummaryCounts): string =>
        counts.error > 0
          ? `发现 ${counts.error} 个错误，需改正后再提交${counts.warning > 0 ? `；警告 ${counts.warning} 个` : ""}`
          : counts.warning > 0
            ? `没有错误，可以提交；有 ${counts.warning} 个警告，建议逐条核实`
            : counts.projects === 0
              ? "没有找到项目支出绩效自评表"
              : "没有发现错误或警告，可以提交",
      /** What a screen reader hears when a check ends. */
      announce: (counts: SummaryCounts): string =>
        `检查完成。已检查 ${counts.projects} 个项目：错误 ${counts.error} 个，警告 ${counts.warning} 个，提示 ${counts.info} 个。`,
      runSummary,
      lastRun: (when: string, fromRibbon: boolean): string =>
        fromRibbon ? `上次检查：${when}（功能区“检查并评分”）` : `上次检查：${when}`,
      projectsHeading: "项目汇总",
      viewsLabel: "检查结果",
      findingsTab: (count: number): string => `问题清单（${count}）`,
      projectsTab: (count: number): string => `项目汇总（${count}）`,
      stale: "已撤销本次检查，以下结果已过期：工作簿中写入的结果和标记已恢复原样。请改正后重新检查。",
      staleBadge: "已过期",
      recheck: "重新检查",
      provisional: "暂定",
      provisionalHint: (errors: number): string => `有 ${errors} 个错误待改正，改正后总分和等级可能变化`,
      noProjects: "没有找到项目支出绩效自评表。请确认工作表中有“项目名称”“年度资金总额”等标签。",
      sheetLabel: (sheet: string): string => `工作表：${sheet}`,
      unnamedProject: UNNAMED_PROJECT,
      rate: "执行率",
      total: "总分",
      grade: "等级",
      findings: "问题",
      notAvailable: "—",
      counts: (error: number, warning: number): string => `错误 ${error} 个，警告 ${warning} 个`,
      empty: "尚未检查。点击“检查并评分”检查本工作簿中的全部工作表。",
      loadFailed: "无法读取上次的检查结果，请重新检查。",
      saveFailed: "检查结果未能保存，关闭面板后需要重新检查。",
    },

    findings: {
      heading: "问题清单",
      severityFilter: "按严重程度筛选",
      showLabel: "显示：",
      severityTitle: (severity: Severity, shown: boolean): string =>
        shown ? `正在显示${SEVERITY_LABELS[severity]}，点击隐藏` : `已隐藏${SEVERITY_LABELS[severity]}，点击显示`,
      severityButton: (severity: Severity, count: number): string => `${SEVERITY_LABELS[severity]} ${count}`,
      /** Starts each finding's accessible name, "错误：…", so a screen reader hears the severity first. */
      severityPrefix: (severity: Severity): string => `${SEVERITY_LABELS[severity]}：`,
      /** Where a finding is: the sheet, and the project only when its name is not already in the sheet's. */
      location: (project: string, sheet: string): string => (project === "" || sheet.includes(project) ? sheet : `${project}（${sheet}）`),
      codeFilter: "按问题类型筛选",
      allCodes: "全部问题类型",
      shown: (shown: number, total: number): string => `显示 ${shown} 条，共 ${total} 条`,
      none: "没有发现问题。",
      noneMatch: "没有符合筛选条件的问题。",
      severityGroup: (severity: Severity, count: number): string => `${SEVERITY_LABELS[severity]}（${count}）`,
      wholeSheet: "整张工作表",
      goTo: (sheet: string, cell: string): string => `定位到 ${sheet}!${cell}`,
    },

    /** 填入说明草稿: drafts of 偏差原因 put into the workbook from the findings list. */
    drafts: {
      fill: "填入说明草稿",
      /**
       * What a draft is about, in the buttons' accessible names: the indicator in quotes, 执行率 for the
       * execution rate's; "" when not known (results stored before drafts said it).
       */
      subject: (about: string | undefined, execution: boolean): string => (execution ? "执行率" : about ? `“${about}”` : ""),
      /**
       * The button's accessible name: its text first (what a voice user says), then where it writes
       * and what about (rows sharing a merged 偏差原因 write into one cell).
       */
      fillLabel: (sheet: string, cell: string, subject = ""): string => `填入说明草稿：${sheet} ${cell}${subject ? ` ${subject}` : ""}`,
      fillHint: (cell: string): string => `按本条的数据起草说明，填入 ${cell}；原因和改进措施留作“${DRAFT_PLACEHOLDER}”，由您补充`,
      filled: "已填入草稿",
      filledLabel: (sheet: string, cell: string, subject = ""): string => `已填入草稿：${sheet} ${cell}${subject ? ` ${subject}` : ""}`,
      filledHint: (cell: string): string => `草稿已在 ${cell} 中：请把“${DRAFT_PLACEHOLDER}”换成实际原因和改进措施`,
      copy: "复制说明草稿",
      /** Named with the finding's cell and what the draft is about: several on one sheet stay apart. */
      copyLabel: (sheet: string, cell: string | undefined, subject = ""): string => `复制说明草稿：${[sheet, cell, subject].filter((x) => x).join(" ")}`,
      copyHint: "表中没有可填写说明的单元格：复制草稿后，粘贴到您填写说明的地方",
      fillAll: (count: number): string => `全部填入草稿（${count}）`,
      fillAllHint: "为问题清单中每条可起草的偏差填入说明草稿；已有内容的单元格不会被覆盖",
      allFilled: "已全部填入草稿",
      filledCount: (count: number): string =>
        `已填入 ${count} 条说明草稿：请在表中把“${DRAFT_PLACEHOLDER}”换成实际原因和改进措施。再次检查时，未改完的草稿会标为错误。`,
      noneFilled: "没有填入说明草稿，原因见下。",
      notWritten: "没有填入说明草稿：撤销记录放不下（原因见下）。",
      skipped: (count: number, lines: string[]): string => `有 ${count} 条说明草稿没有填入：\n${lines.join("\n")}`,
      copied: `已把说明草稿复制到剪贴板。请粘贴到您填写说明的地方，并把“${DRAFT_PLACEHOLDER}”换成实际原因和改进措施。`,
      copyManually: "无法直接写入剪贴板。请在上方的文本框中按 Ctrl+A 全选、Ctrl+C 复制。",
      copyBoxLabel: "说明草稿（复制后粘贴到您填写说明的地方）",
    },

    severity: SEVERITY_LABELS,

    messages: {
      dismiss: "关闭",
      selectFailed: (message: string): string => `无法定位到该单元格：${message}`,
      unexpected: (detail: string): string => `操作未完成：${detail}`,
      exported: (file: string, count: number): string =>
        `已导出 ${count} 条问题到“${file}”。如果没有看到下载的文件（部分 Excel 版本会阻止下载），请改用“复制检查结果”。`,
      exportFailed: (detail: string): string => `导出失败：${detail}`,
      exportFailedCopied: (detail: string, count: number): string =>
        `无法下载文件（${detail}），已改为把 ${count} 条问题复制到剪贴板，可在 Excel 中按 Ctrl+V 粘贴。`,
      copied: (count: number): string => `已把 ${count} 条问题复制到剪贴板，可在 Excel 的空白工作表中按 Ctrl+V 粘贴。`,
      copyManually: "无法直接写入剪贴板。请在上方的文本框中按 Ctrl+A 全选、Ctrl+C 复制，再粘贴到 Excel。",
      copyBoxLabel: "检查结果（制表符分隔，可粘贴到 Excel）",
      copyBoxClose: "关闭文本框",
      applied: (written: number, highlighted: number, notes: number | null): string =>
        notes === null
          ? `检查完成：写入 ${written} 个结果单元格，标色 ${highlighted} 处。`
          : `检查完成：写入 ${written} 个结果单元格，标色 ${highlighted} 处，批注 ${notes} 条。`,
    },

    projects: {
      loading: "正在加载“新增项目”…",
      loadFailed: (detail: string): string => `无法加载“新增项目”（${detail}）。请检查网络连接后重试。`,
      retryLoad: "重试",
      description: "按模板新增一张项目支出绩效自评表，或从年初的项目支出绩效目标表导入项目。",
      retry: "重新读取工作簿",
      template: {
        heading: "模板",
        inForce: (sheet: string, formName: string | null): string => (formName ? `模板：${sheet}（${formName}）` : `模板：${sheet}`),
        formName: { national: "全国通用表", sichuan: "四川省表" } as const,
        choose: "用作模板的工作表",
        chooseHint: "新增项目时复制这张工作表；选择会被记住。",
        choosePlaceholder: "选择工作表",
        none: "工作簿中没有模板工作表",
        noneBody: "新增项目要复制一张模板。可以创建标准模板，也可以在下面选择一张已有的工作表作为模板。",
        create: (formName: string): string => `创建标准模板（${formName}）`,
        formMismatch: (templateForm: string, profileForm: string): string =>
          `模板是${templateForm}，而设置中的评分规则使用${profileForm}。如不一致，请在“检查评分”页的设置中更改评分规则方案。`,
        noCopy: "本版本 Excel 不能直接复制工作表：新工作表将按模板的单元格内容新建，列宽等格式可能与模板略有不同。",
      },
      form: {
        heading: "新增项目",
        name: "项目名称",
        nameHint: "也是新工作表的名称（最多 31 个字符）。",
        dept: "主管部门",
        unit: "实施单位",
        year: "年度",
        yearHint: "1–6 月默认为上一年度。",
        initial: "年初预算数（万元）",
        annual: "全年预算数（万元）",
        amountHint: "可以留空，以后在表中填写。",
        useSuggestion: (name: string): string => `改用“${name}”`,
        submit: "新增项目工作表",
        needsTemplate: "请先创建或选择模板，再新增项目。",
      },
      import: {
        heading: "导入绩效目标",
        description: "为绩效目标表中的每个项目新增一张自评表，并填入项目名称、资金和指标；原工作表不会被修改。",
        sheet: "绩效目标表所在的工作表",
        sheetPlaceholder: "选择工作表",
        noSheets: "工作簿中没有可导入的工作表。",
        year: "年度（可留空）",
        yearHint: "留空时使用目标表中的年度。",
        submit: "导入",
      },
      progress: {
        context: "正在读取工作簿…",
        add: "正在新增项目工作表…",
        createTemplate: "正在创建模板…",
        import: "正在导入绩效目标…",
        undo: "正在撤销新增…",
      },
      results: {
        added: (sheet: string): string => `已新增工作表“${sheet}”。`,
        templateCreated: (sheet: string): string => `已创建模板工作表“${sheet}”，可以开始新增项目。`,
        imported: (source: string, count: number): string => `已从“${source}”导入 ${count} 个项目，新增的工作表：`,
        importedNone: (source: string): string => `在“${source}”中没有找到项目支出绩效目标表。`,
        undo: "撤销新增",
        nothingRemoved: "没有删除任何工作表。",
      },
    },

    csv: {
      fileName: (yyyymmdd: string): string => `绩效自评检查结果-${yyyymmdd}.csv`,
      header: ["工作表", "单元格", "项目", "严重程度", "代码", "说明"] as const,
    },
  },

  outsideOffice: {
    title: "请在 Excel 中打开绩效自评助手",
    body: "绩效自评助手是 Excel 加载项，必须在 Excel 中运行；直接在浏览器中打开此页面无法使用。",
    howTo: "在 Excel 中通过“开始”选项卡 → 绩效自评 → 打开面板。",
    officeJsMissing:
      "另外，Office.js 未能加载（https://appsforoffice.microsoft.com）。如果在 Excel 中也看到此提示，请检查本机能否访问该地址。",
  },

  commands: {
    checkDone: (counts: SummaryCounts): string => `${runSummary(counts)}。打开面板可查看问题清单并定位到单元格。`,
    checkFailed: (detail: string): string => `检查未完成：${detail}`,
    checkCrashed: "检查未完成：加载项出现意外错误。请打开面板重新检查。",
    checkSlow: (minutes: number): string =>
      `检查已进行 ${minutes} 分钟仍未完成。Excel 只允许功能区按钮运行 5 分钟，到时会停止这次检查。请点“打开面板”，在面板中点“检查并评分”（面板中的检查没有这个时限）。如果工作簿已被改动，可在面板中点“撤销本次检查”。`,
  },

  notice: {
    title: "绩效自评助手",
    dismiss: "知道了",
    unknownMessage: "出现了一条无法识别的提示。",
    closesIn: (seconds: number): string => `本提示 ${seconds} 秒后自动关闭。`,
  },
} as const;
