// Allure 3 reads report settings from here. The report's name leads with the run's verdict in the suite's own
// vocabulary of outcomes (read from the summary beside the results), so a reviewer sees PASS or FAIL before any chart.
// The categories are the ones the suite writes next to its results (categories.json, Allure 2's format), so Allure 2
// and Allure 3 group failures the same way.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const results = process.env.ALLURE_RESULTS ?? "artifacts/allure-results";
const categoriesFile = join(results, "categories.json");
const summaryFile = join(dirname(results), "conformance-summary.json");
const summary = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, "utf8")) : undefined;
const verdict = summary?.headline ? `${summary.headline} · ` : "";
const target = summary?.target?.name ? ` against ${summary.target.name}` : "";

export default {
  name: `${verdict}Credit grant conformance${target}`,
  categories: existsSync(categoriesFile) ? JSON.parse(readFileSync(categoriesFile, "utf8")) : undefined,
};
