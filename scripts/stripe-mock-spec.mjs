// node scripts/stripe-mock-spec.mjs OUT.json: openapi/credit-grants.openapi.json as stripe-mock's -spec reads it.
// stripe-mock (github.com/stripe/stripe-mock) reads Stripe's own dialect of OpenAPI 3.0 and refuses any schema keyword
// it does not know, so the document is translated, not copied: a null type becomes nullable, const a typed enum,
// keywords Stripe's spec does not use (maxProperties, minimum, …) are dropped, and each resource schema gets the
// x-resourceId that names its fixture in fixtures3.json, its x-expandableFields and, on each expandable field,
// x-expansionResources, as Stripe's spec carries them.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = process.argv[2];
if (!out) {
  console.error("usage: node scripts/stripe-mock-spec.mjs OUT.json");
  process.exit(2);
}
const source = join(dirname(fileURLToPath(import.meta.url)), "..", "openapi", "credit-grants.openapi.json");
const document = JSON.parse(readFileSync(source, "utf8"));

// stripe-mock's spec/spec.go supportedSchemaFields, less the x- keys this script adds itself.
const kept = new Set(["$ref", "additionalProperties", "anyOf", "description", "enum", "format", "items", "maxLength",
  "nullable", "pattern", "properties", "required", "title", "type"]);

const isNull = (branch) => branch.type === "null";
const isExpandable = (s) => s.anyOf?.some((b) => b.type === "string") && s.anyOf.some((b) => b.$ref);

function schema(s) {
  const result = {};
  for (const [key, value] of Object.entries(s)) {
    if (key === "const") Object.assign(result, { type: typeof value, enum: [value] });
    else if (key === "type" && Array.isArray(value)) {
      result.type = value.find((t) => t !== "null");
      result.nullable = true;
    } else if (!kept.has(key)) continue;
    else if (key === "properties") result.properties = mapValues(value, schema);
    else if (key === "items" || (key === "additionalProperties" && typeof value === "object")) {
      result[key] = schema(value);
    }
    else if (key === "anyOf") {
      result.anyOf = value.filter((b) => !isNull(b)).map(schema);
      if (result.anyOf.length < value.length) result.nullable = true;
    } else if (key === "enum") result.enum = value.filter((v) => v !== null);
    else result[key] = value;
  }
  if (isExpandable(s)) result["x-expansionResources"] = { oneOf: s.anyOf.filter((b) => b.$ref).map((b) => ({ ...b })) };
  return result;
}

// A resource schema (one with an object property and a plain title) answers with the fixture its title names.
function resource(s) {
  const result = schema(s);
  if (s.properties?.object && s.title && !s.title.startsWith("list of")) {
    result["x-resourceId"] = s.title.replace(/^deleted /, "deleted_");
    result["x-expandableFields"] = Object.keys(s.properties).filter((p) => isExpandable(s.properties[p])).sort();
  }
  return result;
}

function mapValues(object, f) {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, f(v)]));
}

function operations(item) {
  return Object.fromEntries(Object.entries(item).map(([method, op]) => [method, operation(op, method)]));
}

function content(c) {
  return mapValues(c, (media) => ({ schema: schema(media.schema) }));
}

// Stripe's spec gives every DELETE an empty form body, and stripe-mock reads its parameters from it (without one it
// crashes on any DELETE).
const emptyBody = {
  required: false,
  content: {
    "application/x-www-form-urlencoded": { schema: { type: "object", additionalProperties: false, properties: {} } },
  },
};

function operation(op, method) {
  const result = { operationId: op.operationId, responses: {} };
  if (op.parameters) result.parameters = op.parameters.map((p) => ({ ...p, schema: schema(p.schema) }));
  if (op.requestBody) result.requestBody = { ...op.requestBody, content: content(op.requestBody.content) };
  else if (method === "delete") result.requestBody = emptyBody;
  for (const [status, response] of Object.entries(op.responses)) {
    result.responses[status] = { description: response.description ?? "", content: content(response.content ?? {}) };
  }
  return result;
}

const translated = {
  openapi: "3.0.0",
  info: document.info,
  servers: [{ url: "https://api.stripe.com/" }],
  paths: mapValues(document.paths, operations),
  components: { schemas: mapValues(document.components.schemas, resource) },
};
writeFileSync(out, JSON.stringify(translated, null, 2) + "\n");
