/**
 * Traditional → simplified folding for the words of these forms. Text copied through other systems
 * (a Hong Kong or Taiwan locale, a PDF converter, an old OA system) arrives as `年度資金總額`,
 * `產出指標`, `績效`, `達成預期指標`. Only characters that occur in the form's labels, verdicts,
 * units and common indicator names are folded: a full converter is not needed to read a label, and
 * a character not listed simply stays as it is.
 */

/** Pairs of traditional and simplified characters, written as two parallel strings. */
const TRADITIONAL =
  "資總額產標績項稱門實單預算數執際達與進級滿質時經濟會態續響財撥結轉餘計體況務評價補並獲戶對應當層覆蓋識規範準確銷費價險醫療險構傳訓練檢查監督導辦理處護環境節約齊們後從來這個為無關備註說明區縣鄉鎮農業務機關雜誌報表單據證書類別總計劃執行權重屬性獎勵營運維護網絡開發購買設備採購條件優劣廣範圍範疇舉辦參與轄區內錯誤誤差違規發災歸檔審核標準總額幣萬億點";
const SIMPLIFIED =
  "资总额产标绩项称门实单预算数执际达与进级满质时经济会态续响财拨结转余计体况务评价补并获户对应当层覆盖识规范准确销费价险医疗险构传训练检查监督导办理处护环境节约齐们后从来这个为无关备注说明区县乡镇农业务机关杂志报表单据证书类别总计划执行权重属性奖励营运维护网络开发购买设备采购条件优劣广范围范畴举办参与辖区内错误误差违规发灾归档审核标准总额币万亿点";

/** Further characters of indicator names (people, health, education, relief …). */
const TRADITIONAL_NAMES = "較帳註稅費現動驗測線號圖專將於長間問題決聯場歲兒養殘貧幫藥衛種學師員減輕負擔擴繳納徵藝術館區劃統錄聽視識讀寫紙張攝錄備戰災難盡儘慮慶齡補貼職銜償賠劑診斷齒價園區壞質隊復蘇樂隨雙屆廳廠漲澇灣產";
const SIMPLIFIED_NAMES = "较帐注税费现动验测线号图专将于长间问题决联场岁儿养残贫帮药卫种学师员减轻负担扩缴纳征艺术馆区划统录听视识读写纸张摄录备战灾难尽尽虑庆龄补贴职衔偿赔剂诊断齿价园区坏质队复苏乐随双届厅厂涨涝湾产";

const MAP = new Map<string, string>();
for (const [from, to] of [
  [TRADITIONAL, SIMPLIFIED],
  [TRADITIONAL_NAMES, SIMPLIFIED_NAMES],
]) {
  for (let i = 0; i < from.length; i++) if (from[i] !== to[i]) MAP.set(from[i], to[i]);
}

/** One test for "is there anything to fold" (most texts are simplified already). */
const ANY = new RegExp(`[${[...MAP.keys()].join("")}]`, "u");
const EACH = new RegExp(ANY.source, "gu");

/** The text with the form's traditional characters folded to simplified ones. */
export function foldTraditional(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(EACH, (ch) => MAP.get(ch) ?? ch);
}
