/*
 * Runs before the pane's bundle, in every browser Excel may use. Old Excel builds (Office 2016/2019
 * volume licences) run panes in Internet Explorer 11, which cannot run the React bundle at all: say
 * so and point to the command line. ES5 only, text nodes rather than HTML strings; an external file (not an inline script)
 * so that the page's Content-Security-Policy can forbid inline scripts.
 */
(function () {
  var legacy = !window.Promise || !window.fetch || !window.Symbol || /Trident\//.test(navigator.userAgent);
  if (!legacy) return;
  var box = document.getElementById("boot-message");
  if (!box) return;
  while (box.firstChild) box.removeChild(box.firstChild);
  box.appendChild(document.createTextNode("当前 Excel 版本内置的浏览器过旧（Internet Explorer），无法运行绩效自评助手面板。"));
  box.appendChild(document.createElement("br"));
  box.appendChild(document.createTextNode("请使用 Microsoft 365 或 Office 2021 及以上版本的 Excel，或使用命令行工具 selfeval 检查 .xlsx 文件。"));
})();
