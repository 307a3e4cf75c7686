// npm run report: renders the suite's Allure results to HTML into a clean folder. Allure 3 writes into a folder that
// already holds a report under a subfolder of its own and leaves the old index.html in place, so a reviewer would open
// yesterday's verdict: the folder goes first. The exit code is Allure's, or 1 when it wrote no index.html, or 2 when
// there are no results to render.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const results = process.env.ALLURE_RESULTS ?? "artifacts/allure-results";
const report = process.env.ALLURE_REPORT ?? "artifacts/allure-report";

if (!existsSync(results)) {
  console.error(`npm run report: no results at ${results}; run the suite first, or set ALLURE_RESULTS.`);
  process.exit(2);
}

if (resolve(report) === resolve(results)) {
  console.error(`npm run report: ALLURE_REPORT must not be the results folder (${results}).`);
  process.exit(2);
}

rmSync(report, { recursive: true, force: true });
// allurerc.mjs reads ALLURE_RESULTS too, for the verdict it puts in the report's title.
const allure = spawnSync("allure", ["generate", results, "--output", report], {
  stdio: "inherit",
  env: { ...process.env, ALLURE_RESULTS: results },
  shell: process.platform === "win32",
});
if (allure.error) {
  console.error(`npm run report: allure could not be started (${allure.error.message}); run npm ci first.`);
  process.exit(2);
}

if (allure.status !== 0) {
  process.exit(allure.status ?? 1);
}

const index = join(report, "index.html");
if (!existsSync(index)) {
  console.error(`npm run report: allure exited 0 but wrote no ${index}.`);
  process.exit(1);
}

// Allure 3.18 opens the page scrolled past the verdict and cuts the rerun command; report-in-view.js says how and why.
const inView = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "report-in-view.js"), "utf8");
const html = readFileSync(index, "utf8");
if (!html.includes("</head>")) {
  console.error(`npm run report: ${index} has no </head> to keep the page at its verdict; is allure still 3.18.0?`);
  process.exit(1);
}
writeFileSync(index, html.replace("</head>", () => `<script>\n${inView}</script>\n</head>`));

console.log(`Report written to ${index}`);
