// runner.mjs runs a validator's own check.mjs (shared/validate/html or
// shared/validate/pdftags) for many files in one node process, so a test
// package pays for node, pdf.js and Chromium once instead of once a file.
//
// It is copied next to check.mjs in the validator's cache folder, so that
// "puppeteer-core" resolves to the very module check.mjs uses. Jobs come on
// stdin as JSON lines {"args": [...]}, each answered on stdout with one JSON
// line {"code": N, "out": "..."}: the exit code and the output check.mjs
// would have given as a command. The process ends when stdin closes.
//
// check.mjs is run unchanged: it is imported afresh for each job with its
// arguments in process.argv, process.exit ends the job instead of the
// process, and for validate-html puppeteer.launch hands out one browser
// that check.mjs's browser.close leaves open.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { spawnSync } from "node:child_process";

const here = path.dirname(fileURLToPath(import.meta.url));
const kind = process.argv[2]; // "html" or "pdftags"
const catalogScript = process.argv[3] || ""; // validate-pdf-tags' catalog check, for "pdftags"
const checkURL = pathToFileURL(path.join(here, "check.mjs")).href;

class Exit {
  constructor(code) { this.code = code; }
}

let browser = null; // validate-html's one browser
let pages = [];     // pages opened by the current job, closed after it
if (kind === "html") {
  const { default: puppeteer } = await import("puppeteer-core");
  const launch = puppeteer.launch.bind(puppeteer);
  puppeteer.launch = async (opts) => {
    if (!browser) {
      browser = await launch(opts);
      const realClose = browser.close.bind(browser);
      const newPage = browser.newPage.bind(browser);
      browser.newPage = async (...a) => { const p = await newPage(...a); pages.push(p); return p; };
      browser.close = async () => {};
      browser.reallyClose = realClose;
    }
    return browser;
  };
}

const realExit = process.exit;
const realLog = console.log;
const realError = console.error;

let n = 0;
async function run(args) {
  let out = "";
  const write = (...a) => { out += a.map((x) => (typeof x === "string" ? x : String(x))).join(" ") + "\n"; };
  console.log = write;
  console.error = write;
  process.exit = (code) => { throw new Exit(code ?? 0); };
  process.argv = [process.argv[0], fileURLToPath(checkURL), ...args];
  let code = 0;
  try {
    await import(checkURL + "?job=" + ++n);
  } catch (e) {
    if (e instanceof Exit) code = e.code;
    else { code = 2; write(String(e && e.stack || e)); }
  } finally {
    console.log = realLog;
    console.error = realError;
    process.exit = realExit;
    for (const p of pages) await p.close().catch(() => {});
    pages = [];
  }
  if (kind === "pdftags") {
    // The catalog check the shell script runs after check.mjs: qpdf's JSON
    // into the script's own node program.
    const file = args.find((a) => !a.startsWith("--") && !/^[A-Za-z0-9]+=\d+$/.test(a));
    const q = spawnSync("qpdf", ["--json", "--json-key=qpdf", file], { maxBuffer: 1 << 30 });
    const c = spawnSync(process.execPath, ["-e", catalogScript], { input: q.stdout, encoding: "utf8" });
    out += c.stdout + c.stderr;
    if (c.status !== 0 && code === 0) code = 1;
  }
  return { code, out };
}

const rl = readline.createInterface({ input: process.stdin });
for await (const line of rl) {
  if (!line.trim()) continue;
  const { args } = JSON.parse(line);
  const res = await run(args);
  process.stdout.write(JSON.stringify(res) + "\n");
}
if (browser) await browser.reallyClose();
realExit(0);
