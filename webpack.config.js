/**
 * Builds the task pane, the ribbon command function file and the notice dialog into dist/.
 * Shaped after Microsoft's React task-pane template (`yo office`).
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
  const outDir = process.env.SELFEVAL_OUT_DIR
    ? path.resolve(process.env.SELFEVAL_OUT_DIR)
    : path.resolve(__dirname, "dist");

  return {
    mode: production ? "production" : "development",
    target: ["web", "es2020"],
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
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
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new ForbidNodeOnlyModulesPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        chunks: ["notice"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", globOptions: { ignore: ["**/.*"] } },
          { from: "manifest.xml", to: "manifest.xml", transform: rewriteManifestUrls },
        ],
      }),
    ],
    performance: {
      // A pane loads once per Excel session over a local or intranet link; warn only if it grows past
      // what a slow county network fetches in a few seconds.
      hints: production ? "warning" : false,
      maxEntrypointSize: 600 * 1024,
      maxAssetSize: 600 * 1024,
      assetFilter: (file) => file.endsWith(".js"),
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
