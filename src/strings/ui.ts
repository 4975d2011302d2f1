/**
 * Every string the task pane, the ribbon commands and the notice dialog show to the user.
 * Ribbon labels and tooltips live in manifest.xml (Office reads them from there).
 */
export const uiStrings = {
  appName: "绩效自评助手",

  pane: {
    loading: "正在加载绩效自评助手…",
    title: "绩效自评助手",
    description:
      "检查项目支出绩效自评表：核对资金执行率、指标得分与总分，并标出需要补充偏差原因说明的单元格。",
    checkAndScoreButton: "检查并评分",
    checkAndScorePending: "“检查并评分”将在检查引擎接入后开放，目前按钮暂不可用。",
    hostLabel: (host: string, platform: string | undefined): string =>
      platform ? `运行环境：${host}（${platform}）` : `运行环境：${host}`,
  },

  outsideOffice: {
    title: "请在 Excel 中打开绩效自评助手",
    body: "绩效自评助手是 Excel 加载项，必须在 Excel 中运行；直接在浏览器中打开此页面无法使用。",
    howTo: "在 Excel 中通过“开始”选项卡 → 绩效自评 → 打开面板。",
    officeJsMissing:
      "另外，Office.js 未能加载（https://appsforoffice.microsoft.com）。如果在 Excel 中也看到此提示，请检查本机能否访问该地址。",
  },

  commands: {
    notImplemented: {
      checkAndScore: "“检查并评分”尚未实现：检查引擎接入后即可在此一键检查并评分。",
      addProject: "“新增项目”尚未实现：后续版本将在此新增一张空白的项目支出绩效自评表。",
    },
  },

  notice: {
    title: "绩效自评助手",
    dismiss: "知道了",
    unknownMessage: "出现了一条无法识别的提示。",
  },
} as const;

/** Keys of the messages the notice dialog can show, passed to it in its URL. */
export type NoticeKey = keyof typeof uiStrings.commands.notImplemented;

/** Narrows an untrusted string (from a URL) to a notice key. */
export function isNoticeKey(value: string | null): value is NoticeKey {
  return value !== null && Object.prototype.hasOwnProperty.call(uiStrings.commands.notImplemented, value);
}
