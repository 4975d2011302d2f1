/**
 * Unit and integration tests: ts-jest compiles TypeScript to CommonJS for Node, file by file
 * (isolatedModules: no type checking here, which would repeat the whole program's check in every
 * worker; `npm run typecheck` checks types once, and `npm test` runs it first).
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testPathIgnorePatterns: ["/test/e2e/"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "CommonJS",
          moduleResolution: "Node10",
          jsx: "react-jsx",
          esModuleInterop: true,
          strict: true,
          skipLibCheck: true,
          resolveJsonModule: true,
          isolatedModules: true,
          types: ["node", "jest", "office-js"],
        },
        diagnostics: { warnOnly: false },
      },
    ],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/shims/office-addin-manifest.js",
  },
  testTimeout: 30000,
};
