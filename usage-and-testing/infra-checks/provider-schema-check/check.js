// Optional check of a Terraform directory without a terraform binary (npm install && npm run check):
//  1. syntax, with HashiCorp's own HCL parser (@cdktf/hcl2json, compiled to WebAssembly);
//  2. every argument, nested block and referenced attribute exists in the AWS provider schema, and every
//     required argument is set (@cdktf/provider-aws 21.22.1 is generated from hashicorp/aws 6.25.0);
//  3. the resource/data/local dependency graph has no cycle (what `terraform plan` reports as "Cycle: ...").
const fs = require("fs");
const path = require("path");
const { parse } = require("@cdktf/hcl2json");

const dir = path.resolve(process.argv[2] || "../../../terraform");
const jsii = JSON.parse(fs.readFileSync(require.resolve("@cdktf/provider-aws/.jsii"), "utf8")).types;
const META = new Set(["for_each", "count", "depends_on", "lifecycle", "provider", "provisioner", "connection"]);
const camel = s => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = s => { const c = camel(s); return c[0].toUpperCase() + c.slice(1); };
const snake = s => s.replace(/[A-Z]/g, c => "_" + c.toLowerCase());
const errors = [];

function classFqn(type, isData) {
  const ns = camel(isData ? "data_" + type : type.replace(/^aws_/, ""));
  const fqn = `@cdktf/provider-aws.${ns}.${pascal(ns)}`;
  return jsii[fqn] ? fqn : fqn + "A"; // jsii renames a few classes that clash with their namespace
}
function structProps(fqn) {
  const t = jsii[fqn];
  if (!t) return null;
  return (t.interfaces || []).reduce((all, i) => all.concat(structProps(i) || []), [...(t.properties || [])]);
}
function blockFqn(type) {
  if (!type) return null;
  if (type.fqn) return jsii[type.fqn] && jsii[type.fqn].kind === "interface" ? type.fqn : null;
  if (type.collection) return blockFqn(type.collection.elementtype);
  if (type.union) return type.union.types.map(blockFqn).find(Boolean) || null;
  return null;
}
function checkBody(body, fqn, where) {
  const props = structProps(fqn);
  if (!props) return errors.push(`${where}: unknown schema ${fqn}`);
  for (const p of props) {
    if (!p.optional && !p.static && !(snake(p.name) in body) && !(body.dynamic && snake(p.name) in body.dynamic)) {
      errors.push(`${where}: missing required ${snake(p.name)}`);
    }
  }
  for (const [key, value] of Object.entries(body)) {
    if (META.has(key)) continue;
    const dynamic = key === "dynamic" ? Object.entries(value) : [];
    for (const [name, defs] of dynamic) {
      const p = props.find(p => p.name === camel(name));
      if (!p) { errors.push(`${where}: no block ${name}`); continue; }
      defs.forEach(d => d.content.forEach(c => checkBody(c, blockFqn(p.type), `${where}.${name}`)));
    }
    if (key === "dynamic") continue;
    const p = props.find(p => p.name === camel(key));
    if (!p) { errors.push(`${where}: no argument ${key}`); continue; }
    const nested = blockFqn(p.type);
    if (nested && Array.isArray(value) && value.length && typeof value[0] === "object") {
      value.forEach(item => checkBody(item, nested, `${where}.${key}`));
    }
  }
}
function strings(value, out = []) {
  if (typeof value === "string") out.push(value);
  else if (value && typeof value === "object") Object.values(value).forEach(v => strings(v, out));
  return out;
}

(async () => {
  const docs = [];
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith(".tf")).sort()) {
    try {
      docs.push(await parse(file, fs.readFileSync(path.join(dir, file), "utf8")));
    } catch (e) {
      errors.push(`${file}: ${String(e.message || e).split("\n")[0]}`);
    }
  }
  const declared = new Map(); // address -> body
  const graph = new Map();
  const refPattern = /\b(data\.aws_[a-z0-9_]+\.[a-z0-9_]+|aws_[a-z0-9_]+\.[a-z0-9_]+|local\.[a-z0-9_]+)/g;
  const refsOf = v => new Set(strings(v).flatMap(s => [...s.matchAll(refPattern)].map(m => m[1])));
  for (const doc of docs) {
    for (const [kind, isData] of [["resource", false], ["data", true]]) {
      for (const [type, byName] of Object.entries(doc[kind] || {})) {
        if (!jsii[classFqn(type, isData)]) { errors.push(`unknown ${kind} type ${type}`); continue; }
        for (const [name, bodies] of Object.entries(byName)) {
          const address = (isData ? "data." : "") + type + "." + name;
          declared.set(address, { type, isData });
          bodies.forEach(body => checkBody(body, classFqn(type, isData) + "Config", address));
          graph.set(address, refsOf(bodies));
        }
      }
    }
    for (const locals of doc.locals || []) for (const [name, v] of Object.entries(locals)) graph.set("local." + name, refsOf(v));
  }
  // attributes read from resources and data sources exist
  const attrPattern = /(data\.)?\b(aws_[a-z0-9_]+)\.([a-z0-9_]+)(?:\[[^\]]*\])?\.([a-z0-9_]+)/g;
  for (const s of docs.flatMap(d => strings(d))) {
    for (const m of s.matchAll(attrPattern)) {
      const address = (m[1] || "") + m[2] + "." + m[3];
      const target = declared.get(address);
      if (!target) { errors.push(`reference to undeclared ${address}`); continue; }
      const props = (jsii[classFqn(target.type, target.isData)].properties || []).map(p => p.name);
      if (!props.includes(camel(m[4]))) errors.push(`${address} has no attribute ${m[4]}`);
    }
  }
  // no dependency cycle
  const state = new Map(), stack = [];
  const visit = node => {
    if (state.get(node) === 2) return;
    if (state.get(node) === 1) return errors.push("cycle: " + [...stack.slice(stack.indexOf(node)), node].join(" -> "));
    state.set(node, 1); stack.push(node);
    for (const next of graph.get(node) || []) if (graph.has(next) && next !== node) visit(next);
    stack.pop(); state.set(node, 2);
  };
  [...graph.keys()].forEach(visit);

  errors.forEach(e => console.log("ERROR " + e));
  console.log(`${docs.length} files, ${declared.size} resources and data sources, ${graph.size} graph nodes: ${errors.length} errors`);
  process.exit(errors.length ? 1 : 0);
})();
