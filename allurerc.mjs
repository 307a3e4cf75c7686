// Allure 3 reads report settings from here. The categories are the ones the suite writes next to its results
// (categories.json, Allure 2's format), so Allure 2 and Allure 3 group failures the same way.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const results = process.env.ALLURE_RESULTS ?? "artifacts/allure-results";
const categoriesFile = join(results, "categories.json");

export default {
  name: "Credit grant conformance",
  categories: existsSync(categoriesFile) ? JSON.parse(readFileSync(categoriesFile, "utf8")) : undefined,
};
