/**
 * Bundles the e2e Office.js stand-in (test/office-standin/browser.ts) into one classic script,
 * served by the e2e harness at the office.js CDN address. Output folder: STANDIN_OUT_DIR.
 * No eval-based source maps, so a page Content-Security-Policy without 'unsafe-eval' still runs it.
 */
const path = require("node:path");

module.exports = {
  mode: "development",
  target: ["web", "es2020"],
  devtool: false,
  entry: { "office-standin": path.resolve(__dirname, "..", "office-standin", "browser.ts") },
  output: {
    path: path.resolve(process.env.STANDIN_OUT_DIR || path.join(__dirname, "..", "..", "artifacts", "e2e", "standin")),
    filename: "[name].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".js"] },
  node: false,
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: false } } },
      },
    ],
  },
  performance: { hints: false },
};
