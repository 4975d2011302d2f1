/*
 * Runs before the bundle in taskpane.html and commands.html, in every webview Excel may use (see
 * Microsoft's "Browsers and webview controls used by Office Add-ins"). ES5 only, text nodes rather
 * than HTML strings; an external file (not an inline script) so that the pages' Content-Security-Policy
 * can forbid inline scripts. The pages' text cannot come from src/strings: no bundle has run yet.
 *
 *  1. Internet Explorer 11 (Trident: Office 2016/2019 volume licences) cannot run the bundle at all:
 *     say so and point to the command line.
 *  2. EdgeHTML 18 (Office 2016/2019 retail on Windows 10 without WebView2) parses the bundle, which
 *     webpack.config.js compiles to ES2017 for it, but lacks some newer runtime APIs that Fluent UI's
 *     focus management (tabster, keyborg), Griffel and our own code call. Small stand-ins for them are
 *     installed below, each only where the API is missing. Older EdgeHTML (before 18) is not a target
 *     of that compilation, so it gets the message.
 *  3. Whatever still lacks a feature the bundle needs gets the message too.
 *  4. A watchdog: if the pane never appears (the bundle failed to download, threw while being
 *     evaluated, or React unmounted after an error), 正在加载… is replaced by a message instead of
 *     hanging. React replaces #root's content when it renders, so a message shown too early (a slow
 *     network) disappears as soon as the pane appears.
 *
 * In commands.html (ribbon functions, no UI) only the stand-ins matter: the check runs there too.
 */
(function () {
  var ua = navigator.userAgent;
  var BOX_ID = "boot-message";
  /** The pane has this long to render before the loading text is replaced by an explanation. */
  var MOUNT_TIMEOUT_MS = 20000;

  var TEXT = {
    ie: [
      "当前 Excel 版本内置的浏览器过旧（Internet Explorer），无法运行绩效自评助手面板。",
      "请使用 Microsoft 365 或 Office 2021 及以上版本的 Excel，或使用命令行工具 selfeval 检查 .xlsx 文件。",
    ],
    oldWebview: [
      "当前 Excel 使用的浏览器组件（{name}）缺少绩效自评助手面板需要的功能：{missing}。",
      "请安装 Microsoft Edge WebView2 运行时（Office 2016/2019 零售版装好后即改用它），或使用 Microsoft 365、Office 2021 及以上版本的 Excel，或使用命令行工具 selfeval 检查 .xlsx 文件。",
    ],
    failed: [
      "绩效自评助手面板未能启动（{detail}）。",
      "请关闭面板后重新打开。仍然不行时，请安装 Microsoft Edge WebView2 运行时，或使用命令行工具 selfeval 检查 .xlsx 文件。",
    ],
    timeout: [
      "绩效自评助手面板在 {seconds} 秒内没有加载完成。",
      "网络较慢时请再稍等；否则请关闭面板后重新打开。仍然不行时，可以使用命令行工具 selfeval 检查 .xlsx 文件。",
    ],
  };

  function fill(line, values) {
    return line.replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : all;
    });
  }

  /** Replaces the loading text (or an emptied #root) with a message; false when the pane is showing. */
  function showMessage(lines, values) {
    var root = document.getElementById("root");
    var box = document.getElementById(BOX_ID);
    if (!box) {
      // React renders into #root; an element in it means the pane (or its own message) is showing.
      if (!root || root.firstElementChild) return false;
      box = document.createElement("p");
      box.id = BOX_ID;
      root.appendChild(box);
    }
    while (box.firstChild) box.removeChild(box.firstChild);
    for (var i = 0; i < lines.length; i++) {
      if (i > 0) box.appendChild(document.createElement("br"));
      box.appendChild(document.createTextNode(fill(lines[i], values || {})));
    }
    box.setAttribute("data-boot-failed", "true");
    return true;
  }

  /**
   * Where the pane cannot run, it must not half-start over the message either: src/taskpane/index.tsx
   * renders only into an element with the id "root".
   */
  function keepPaneOut() {
    var root = document.getElementById("root");
    if (root) root.id = "root-unsupported";
  }

  if (/Trident\/|MSIE /.test(ua) || !window.Promise || !window.Symbol) {
    showMessage(TEXT.ie);
    keepPaneOut();
    return;
  }

  // "Edge/18.17763": EdgeHTML. Chromium-based Edge writes "Edg/" and is not matched.
  var edgeHtml = /\bEdge\/(\d+)/.exec(ua);
  var edgeHtmlVersion = edgeHtml && !/\bEdg\//.test(ua) ? Number(edgeHtml[1]) : null;

  installStandIns();

  var missing = missingFeatures();
  if (edgeHtmlVersion !== null && edgeHtmlVersion < 18) missing.unshift("ES2017 语法");
  if (missing.length > 0) {
    var name = edgeHtmlVersion !== null ? "EdgeHTML " + edgeHtmlVersion : "版本较旧";
    showMessage(TEXT.oldWebview, { name: name, missing: missing.join("、") });
    keepPaneOut();
    return;
  }

  if (document.getElementById(BOX_ID)) watchMount();

  /** Features the bundle needs that no stand-in here provides. */
  function missingFeatures() {
    var result = [];
    function need(label, ok) {
      if (attempt(ok).value !== true) result.push(label);
    }
    need("Map/Set/WeakMap", function () { return typeof Map === "function" && typeof Set === "function" && typeof WeakMap === "function"; });
    need("Object.entries", function () { return typeof Object.entries === "function" && typeof Object.assign === "function"; });
    need("String.prototype.padStart", function () { return typeof "".padStart === "function"; });
    need("CustomEvent", function () { return new window.CustomEvent("x", { detail: 1 }).detail === 1; });
    need("MutationObserver", function () { return typeof window.MutationObserver === "function"; });
    // The stand-ins below, confirmed.
    need("WeakRef", function () { return typeof window.WeakRef === "function"; });
    need("Array.prototype.flatMap", function () { return [[1], 2].flatMap(function (x) { return x; }).length === 2; });
    need(":is()", function () { return document.documentElement.matches(":is(html, body)"); });
    return result;
  }

  /** Runs `fn`: its value, or the error it threw (old webviews throw where newer ones answer). */
  function attempt(fn) {
    try {
      return { ok: true, value: fn() };
    } catch (error) {
      return { ok: false, error: error };
    }
  }

  function define(target, key, value) {
    if (target && !(key in target)) {
      Object.defineProperty(target, key, { value: value, writable: true, configurable: true, enumerable: false });
    }
  }

  /**
   * Stand-ins for APIs EdgeHTML 18 lacks and the bundle calls without checking, found by searching the
   * production bundle. Each is the smallest that does what those callers need, not a full polyfill.
   */
  function installStandIns() {
    // tabster remembers focused elements in WeakRefs, and keyborg wraps HTMLElement.prototype.focus to
    // do the same: without WeakRef every focus change throws. Holding the element strongly only keeps
    // a removed element alive until the next focus change.
    if (typeof window.WeakRef !== "function") {
      var StrongRef = function WeakRef(target) {
        this._target = target;
      };
      define(StrongRef.prototype, "deref", function () {
        return this._target;
      });
      window.WeakRef = StrongRef;
    }

    // Griffel, for makeStyles rules resolved in the browser.
    define(Object, "fromEntries", function (entries) {
      var result = {};
      var iterator = entries[Symbol.iterator]();
      for (var step = iterator.next(); !step.done; step = iterator.next()) result[step.value[0]] = step.value[1];
      return result;
    });

    // Our engine and pane (src/domain, src/excel, src/taskpane).
    function flattenInto(out, source, depth) {
      for (var i = 0; i < source.length; i++) {
        if (!(i in source)) continue;
        if (depth > 0 && Array.isArray(source[i])) flattenInto(out, source[i], depth - 1);
        else out.push(source[i]);
      }
      return out;
    }
    define(Array.prototype, "flat", function (depth) {
      return flattenInto([], Object(this), depth === undefined ? 1 : Number(depth) || 0);
    });
    define(Array.prototype, "flatMap", function (callback, thisArg) {
      var source = Object(this);
      var out = [];
      for (var i = 0; i < source.length; i++) {
        if (!(i in source)) continue;
        var value = callback.call(thisArg, source[i], i, source);
        if (Array.isArray(value)) flattenInto(out, value, 0);
        else out.push(value);
      }
      return out;
    });

    // src/domain/parse/names.ts. A global regular expression, as the standard requires.
    define(String.prototype, "matchAll", function (regexp) {
      var source = regexp instanceof RegExp ? regexp : new RegExp(regexp, "g");
      if (source.flags.indexOf("g") < 0) throw new TypeError("String.prototype.matchAll called with a non-global RegExp");
      var re = new RegExp(source.source, source.flags);
      re.lastIndex = source.lastIndex;
      var text = String(this);
      var done = false;
      var iterator = {
        next: function () {
          var match = done ? null : re.exec(text);
          if (match === null) {
            done = true;
            return { value: undefined, done: true };
          }
          if (match[0] === "") {
            var code = text.charCodeAt(re.lastIndex);
            re.lastIndex += re.unicode && code >= 0xd800 && code <= 0xdbff ? 2 : 1;
          }
          return { value: match, done: false };
        },
      };
      iterator[Symbol.iterator] = function () {
        return this;
      };
      return iterator;
    });

    // tabster's and keyborg's focus listeners and Fluent's click-outside handling read
    // event.composedPath()[0]. Without shadow DOM the path is the target and its ancestors.
    define(window.Event && window.Event.prototype, "composedPath", function () {
      var path = [];
      for (var node = this.target; node; node = node.parentNode || (node.nodeType === 9 ? node.defaultView : null)) {
        path.push(node);
        if (node === window) break;
      }
      return path;
    });

    // tabster measures containers with `new DOMRect(...)`; EdgeHTML has no DOMRect constructor, and
    // its getBoundingClientRect() returns a ClientRect without x and y.
    var rectConstructs = attempt(function () {
      return new window.DOMRect(1, 2, 3, 4).right === 4;
    });
    if (rectConstructs.value !== true) {
      window.DOMRect = function DOMRect(x, y, width, height) {
        this.x = this.left = Number(x) || 0;
        this.y = this.top = Number(y) || 0;
        this.width = Number(width) || 0;
        this.height = Number(height) || 0;
        this.right = this.x + this.width;
        this.bottom = this.y + this.height;
      };
    }
    if (window.ClientRect && !("x" in window.ClientRect.prototype)) {
      Object.defineProperty(window.ClientRect.prototype, "x", { get: function () { return this.left; }, configurable: true });
      Object.defineProperty(window.ClientRect.prototype, "y", { get: function () { return this.top; }, configurable: true });
    }

    // MessageBar (reflow of its actions) and Dropdown's popup positioning observe sizes. This one
    // reports each target once after observe() and again when the window is resized, with the
    // border box as contentRect: enough for those two, which only re-measure.
    if (typeof window.ResizeObserver !== "function") {
      var SizeObserver = function ResizeObserver(callback) {
        this._callback = callback;
        this._targets = [];
        this._onResize = this._notify.bind(this);
      };
      define(SizeObserver.prototype, "observe", function (target) {
        for (var i = 0; i < this._targets.length; i++) if (this._targets[i].target === target) return;
        this._targets.push({ target: target, width: -1, height: -1 });
        if (this._targets.length === 1) window.addEventListener("resize", this._onResize);
        window.setTimeout(this._onResize, 0);
      });
      define(SizeObserver.prototype, "unobserve", function (target) {
        this._targets = this._targets.filter(function (t) {
          return t.target !== target;
        });
        if (this._targets.length === 0) window.removeEventListener("resize", this._onResize);
      });
      define(SizeObserver.prototype, "disconnect", function () {
        this._targets = [];
        window.removeEventListener("resize", this._onResize);
      });
      define(SizeObserver.prototype, "_notify", function () {
        var entries = [];
        for (var i = 0; i < this._targets.length; i++) {
          var t = this._targets[i];
          var r = t.target.getBoundingClientRect();
          if (r.width === t.width && r.height === t.height) continue;
          t.width = r.width;
          t.height = r.height;
          entries.push({ target: t.target, contentRect: new window.DOMRect(r.left, r.top, r.width, r.height) });
        }
        if (entries.length > 0) this._callback.call(this, entries, this);
      });
      window.ResizeObserver = SizeObserver;
    }

    // Fluent's Listbox scrolls the active option into view with element.scrollTo(x, y).
    define(window.Element && window.Element.prototype, "scrollTo", function (x, y) {
      if (x !== null && typeof x === "object") {
        if (x.left !== undefined) this.scrollLeft = x.left;
        if (x.top !== undefined) this.scrollTop = x.top;
      } else {
        this.scrollLeft = x;
        this.scrollTop = y;
      }
    });

    // tabster tests focusability with the selector ":is(a[href], button, …):not(:disabled)", which
    // EdgeHTML rejects with a SyntaxError. Where :is() is unknown, the selector methods receive the
    // equivalent list with the :is() spelled out: "a[href]:not(:disabled), button:not(:disabled), …".
    var isSupported = attempt(function () {
      return document.documentElement.matches(":is(html)");
    }).ok;
    if (!isSupported) {
      var owners = [window.Element, window.Document, window.DocumentFragment];
      var methods = ["matches", "closest", "querySelector", "querySelectorAll"];
      for (var o = 0; o < owners.length; o++) {
        for (var m = 0; m < methods.length; m++) {
          if (owners[o] && typeof owners[o].prototype[methods[m]] === "function") {
            rewriteSelectorArgument(owners[o].prototype, methods[m]);
          }
        }
      }
    }
  }

  function rewriteSelectorArgument(proto, method) {
    var original = proto[method];
    Object.defineProperty(proto, method, {
      value: function (selector) {
        var args = Array.prototype.slice.call(arguments);
        if (typeof selector === "string" && selector.indexOf(":is(") >= 0) args[0] = expandIs(selector).join(", ");
        return original.apply(this, args);
      },
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }

  /** "a :is(b, c) d" → ["a b d", "a c d"], for each selector of a list; exact when :is() holds compound selectors. */
  function expandIs(selector) {
    var result = [];
    var parts = splitTopLevel(selector);
    for (var p = 0; p < parts.length; p++) {
      var part = parts[p];
      var start = part.indexOf(":is(");
      var end = start < 0 ? -1 : closingParen(part, start + 3);
      if (end < 0) {
        result.push(part);
        continue;
      }
      var alternatives = splitTopLevel(part.slice(start + 4, end));
      for (var a = 0; a < alternatives.length; a++) {
        result.push.apply(result, expandIs(part.slice(0, start) + alternatives[a] + part.slice(end + 1)));
      }
    }
    return result;
  }

  /** Splits at commas outside (), [] and quotes; trims each part. */
  function splitTopLevel(text) {
    var parts = [];
    var depth = 0;
    var quote = "";
    var from = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (quote) {
        if (c === "\\") i++;
        else if (c === quote) quote = "";
      } else if (c === '"' || c === "'") quote = c;
      else if (c === "(" || c === "[") depth++;
      else if (c === ")" || c === "]") depth--;
      else if (c === "," && depth === 0) {
        parts.push(text.slice(from, i).trim());
        from = i + 1;
      }
    }
    parts.push(text.slice(from).trim());
    return parts;
  }

  function closingParen(text, open) {
    var depth = 0;
    for (var i = open; i < text.length; i++) {
      var c = text.charAt(i);
      if (c === "(") depth++;
      else if (c === ")" && --depth === 0) return i;
    }
    return -1;
  }

  /**
   * Until the pane has rendered: a script that fails to download or throws shows the failure
   * message; after MOUNT_TIMEOUT_MS the loading text becomes the timeout message.
   */
  function watchMount() {
    function fail(lines, values) {
      var box = document.getElementById(BOX_ID);
      // Keep the first explanation: later errors are usually consequences of it.
      if (box && box.getAttribute("data-boot-failed")) return;
      showMessage(lines, values);
    }
    function onError(event) {
      var target = event.target;
      var detail;
      if (target && target !== window && target.tagName === "SCRIPT") {
        var src = target.getAttribute("src") || "";
        detail = "脚本 " + src.slice(src.lastIndexOf("/") + 1) + " 下载失败";
      } else if (event.error || event.message) {
        detail = "脚本出错：" + String(event.message || event.error).slice(0, 160);
      } else {
        return;
      }
      // After React has had the chance to unmount (an error while rendering empties #root).
      window.setTimeout(function () {
        fail(TEXT.failed, { detail: detail });
      }, 0);
    }
    // Capture: a <script> that fails to download fires "error" on the element, which does not bubble.
    window.addEventListener("error", onError, true);
    window.setTimeout(function () {
      window.removeEventListener("error", onError, true);
      fail(TEXT.timeout, { seconds: MOUNT_TIMEOUT_MS / 1000 });
    }, MOUNT_TIMEOUT_MS);
  }
})();
