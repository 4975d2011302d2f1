/**
 * Builds the task pane, the ribbon command function file and the notice dialog into dist/.
 * Shaped after Microsoft's React task-pane template (`yo office`).
 *
 * Where the pages load office.js from (`npm run build -- --env officejs=…`):
 *   cdn (default)  https://appsforoffice.microsoft.com/lib/1/hosted/office.js (required for AppSource)
 *   china          the China-operated CDN (appsforoffice.cdn.partner.office365.cn), for 世纪互联 networks
 *   local          office.js served by the add-in itself from dist/office-js/, for intranets without
 *                  internet access: copies the whole dist/ of the npm package @microsoft/office-js
 *                  (office.js loads its sibling files relative to its own URL), which must be installed
 *                  first with `npm install --no-save @microsoft/office-js` (87 MB, so not a dependency).
 *
 * Every page carries a Content-Security-Policy meta tag (see contentSecurityPolicy below).
 *
 * Environment:
 *   ADDIN_PUBLIC_URL  e.g. https://addins.example.gov.cn/selfeval/ — replaces https://localhost:3000/
 *                     in the copied manifest.xml (production hosting).
 *   DEV_SERVER_HTTP=1 serve plain HTTP without trying to create a certificate (also implied by CI=true).
 *   SELFEVAL_OUT_DIR  output folder instead of dist/ (used by test/build).
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;

/** office.js variants: the script URL, and the origin the Content-Security-Policy must allow (null: 'self'). */
const OFFICE_JS = {
  cdn: { url: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js", origin: "https://appsforoffice.microsoft.com" },
  china: {
    url: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
    origin: "https://appsforoffice.cdn.partner.office365.cn",
  },
  local: { url: "office-js/office.js", origin: null },
};

const LOCAL_OFFICE_JS_MISSING =
  "[selfeval] 内网构建（--env officejs=local）需要先安装 office.js 的 npm 包，它有 87 MB，因此不在依赖列表中：\n" +
  "            npm install --no-save @microsoft/office-js\n" +
  "          然后重新运行 npm run build -- --env officejs=local。\n" +
  "[selfeval] The intranet build (--env officejs=local) needs the office.js npm package, which is 87 MB and therefore not a dependency:\n" +
  "            npm install --no-save @microsoft/office-js\n" +
  "          then run npm run build -- --env officejs=local again.";

function officeJsVariant(env) {
  const name = (env && env.officejs) || "cdn";
  const variant = OFFICE_JS[name];
  if (!variant) {
    throw new Error(`[selfeval] 未知的 office.js 来源 “${name}”，可选 cdn、china、local / unknown office.js source "${name}": use cdn, china or local.`);
  }
  return { name, ...variant };
}

/** The folder of the @microsoft/office-js package's dist/, or a clear error when it is not installed. */
function localOfficeJsDir() {
  let pkg;
  try {
    pkg = require.resolve("@microsoft/office-js/package.json", { paths: [__dirname] });
  } catch {
    // A message for the user, not a defect: no stack trace under it.
    const error = new Error(LOCAL_OFFICE_JS_MISSING);
    error.stack = LOCAL_OFFICE_JS_MISSING;
    throw error;
  }
  return path.join(path.dirname(pkg), "dist");
}

/**
 * The pages' Content-Security-Policy: code, connections and frames only from the add-in's own origin
 * and the office.js host; no eval ('unsafe-eval' is absent, so the development build uses a source
 * map style without eval). style-src needs 'unsafe-inline': Fluent UI v9 (Griffel) inserts its CSS
 * rules into <style> elements at run time, and the pages carry small inline <style> blocks. A
 * served development build also lets the dev server's live-reload socket connect.
 */
function contentSecurityPolicy(officeOrigin, serving) {
  const hosts = officeOrigin ? ` ${officeOrigin}` : "";
  const devSocket = serving ? ` ws://localhost:${DEV_PORT} wss://localhost:${DEV_PORT}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${hosts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${hosts}${devSocket}`,
    `frame-src 'self'${hosts}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * Packages and folders that only make sense in Node (the command line, the .xlsx adapter, the dev
 * tooling). If one of them ends up in a browser bundle the build fails instead of shipping it.
 */
const NODE_ONLY = [
  /[\\/]node_modules[\\/]exceljs[\\/]/,
  /[\\/]node_modules[\\/]office-addin-(dev-certs|manifest|mock)[\\/]/,
  /[\\/]node_modules[\\/]playwright-core[\\/]/,
  /[\\/]src[\\/](cli|xlsx)[\\/]/,
];

/**
 * Every shipped script must parse (and its regular expressions compile) in EdgeHTML 18, the webview of
 * Office 2016/2019 retail on Windows 10 without WebView2, which knows ES2017 and a little more: no
 * `?.`, `??`, object spread, optional catch binding, class fields, numeric separators, regex
 * lookbehind, named groups, `s` flag or `\p{…}`. Babel's preset-env lowers all of these except
 * lookbehind (test/build/build.test.ts parses every output file as ES2017 to catch what slips through)
 * and rewrites `\p{Script=Han}` into explicit ranges; esbuild turns such literals into
 * `new RegExp(…)` calls that parse but throw when EdgeHTML evaluates them. It adds no polyfills: the
 * few runtime APIs EdgeHTML lacks and the bundle calls get small stand-ins in legacy-check.js, which
 * the pages load first. Babel 7, not 8: Babel 8 needs Node >= 22.18.
 */
const EDGEHTML_TARGETS = { edge: "18" };

const BABEL_ES2017 = {
  loader: "babel-loader",
  options: {
    babelrc: false,
    configFile: false,
    // Packages mix ES modules and CommonJS; webpack needs each left as it was.
    sourceType: "unambiguous",
    // node_modules/.cache/babel-loader: transpiling Fluent UI is the slow part, and only the first time.
    cacheDirectory: true,
    cacheCompression: false,
    // `document.all` is the only object for which `x == null` and `x === null || x === undefined`
    // differ; nothing we ship reads it, so `?.` lowers to the shorter form.
    assumptions: { noDocumentAll: true },
    presets: [
      [
        "@babel/preset-env",
        { targets: EDGEHTML_TARGETS, bugfixes: true, modules: false, useBuiltIns: false },
      ],
    ],
    // Import Babel's helpers (object spread, class fields, …) from @babel/runtime once instead of
    // inlining a copy into every module that needs one.
    plugins: [["@babel/plugin-transform-runtime", { helpers: true, regenerator: false, version: "^7.29.0" }]],
  },
};

/** Not transpiled: Babel's own helpers (they would import themselves) and core-js (already ES5). */
const BABEL_SKIP = /[\\/]node_modules[\\/](@babel[\\/]runtime|core-js)[\\/]/;

class ForbidNodeOnlyModulesPlugin {
  apply(compiler) {
    compiler.hooks.afterCompile.tap("ForbidNodeOnlyModulesPlugin", (compilation) => {
      for (const module of compilation.modules) {
        const resource = module.resource;
        if (typeof resource === "string" && NODE_ONLY.some((pattern) => pattern.test(resource))) {
          compilation.errors.push(
            new compiler.webpack.WebpackError(
              `Node-only module pulled into the browser bundle: ${path.relative(__dirname, resource)}`,
            ),
          );
        }
      }
    });
  }
}

/** HTTPS options from office-addin-dev-certs, or undefined (plain HTTP) when no certificate can be made. */
async function devServerHttpsOptions() {
  if (process.env.DEV_SERVER_HTTP === "1" || process.env.CI) {
    console.warn(
      "\n[selfeval] WARNING: dev server runs on plain HTTP (DEV_SERVER_HTTP=1 or CI). Excel only loads add-ins over HTTPS.\n",
    );
    return undefined;
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(
      "\n[selfeval] WARNING: could not create or trust a localhost certificate, so the dev server runs on plain HTTP.\n" +
        "Excel will refuse to load the add-in until HTTPS works: run `npx office-addin-dev-certs install`.\n" +
        `Reason: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return undefined;
  }
}

function rewriteManifestUrls(content) {
  const publicUrl = process.env.ADDIN_PUBLIC_URL;
  if (!publicUrl) return content;
  const base = publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`;
  const origin = new URL(base).origin;
  return content
    .toString()
    .split(DEV_URL)
    .join(base)
    .replace(`<AppDomain>${DEV_URL.slice(0, -1)}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`);
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const officeJs = officeJsVariant(env);
  const officeJsCopy = officeJs.name === "local" ? [{ from: localOfficeJsDir(), to: "office-js", info: { minimized: true } }] : [];
  const templateParameters = { officeJsUrl: officeJs.url, csp: contentSecurityPolicy(officeJs.origin, serving) };
  const outDir = process.env.SELFEVAL_OUT_DIR
    ? path.resolve(process.env.SELFEVAL_OUT_DIR)
    : path.resolve(__dirname, "dist");

  return {
    mode: production ? "production" : "development",
    // es2017: webpack's own runtime code and Terser's output stay within what EdgeHTML 18 parses
    // (with es2020 Terser itself rewrote `a != null ? a : b` into `??`).
    target: ["web", "es2017"],
    // No eval-based source maps: the pages' Content-Security-Policy has no 'unsafe-eval'.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice.ts",
    },
    output: {
      path: outDir,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
    },
    // No Node polyfills or shims: browser code must not need them.
    node: false,
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run bottom-up: TypeScript strips types, then Babel lowers the result to ES2017.
          use: [
            BABEL_ES2017,
            {
              loader: "ts-loader",
              options: {
                transpileOnly: true,
                compilerOptions: { noEmit: false, sourceMap: true },
              },
            },
          ],
        },
        {
          // What we bundle from node_modules (React, Fluent UI, Griffel, Tabster, decimal.js, …) ships
          // ES2018–ES2022 syntax too.
          test: /\.[cm]?js$/,
          include: /[\\/]node_modules[\\/]/,
          exclude: BABEL_SKIP,
          use: BABEL_ES2017,
        },
      ],
    },
    plugins: [
      new ForbidNodeOnlyModulesPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters,
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        chunks: ["notice"],
        templateParameters,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", globOptions: { ignore: ["**/.*"] } },
          { from: "manifest.xml", to: "manifest.xml", transform: rewriteManifestUrls },
          { from: "src/taskpane/legacy-check.js", to: "legacy-check.js", info: { minimized: true } },
          ...officeJsCopy,
        ],
      }),
    ],
    performance: {
      // A pane loads once per Excel session over a local or intranet link; warn only if it grows past
      // what a slow county network fetches in a few seconds.
      hints: production ? "warning" : false,
      maxEntrypointSize: 600 * 1024,
      maxAssetSize: 600 * 1024,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("office-js/"),
    },
    devServer: serving
      ? {
          port: DEV_PORT,
          server: await devServerHttpsOptions().then((options) =>
            options ? { type: "https", options } : { type: "http" },
          ),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          hot: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

// For test/build/es2017.test.ts: the same Babel options, checked without a full build.
module.exports.BABEL_ES2017 = BABEL_ES2017;
