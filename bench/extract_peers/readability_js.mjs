// Peer for bench/extract_peers.sh: Mozilla Readability.js (the Firefox Reader
// View extractor) on jsdom. Reads page paths, one a line, from standard
// input; writes one JSON object a page ({"page", "title", "body", "seconds"})
// to standard output. `seconds` covers the DOM parse and the extraction,
// single-threaded, so it compares with verity's parse + extract.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const BLOCK = new Set(["P", "DIV", "SECTION", "ARTICLE", "H1", "H2", "H3", "H4", "H5", "H6",
  "LI", "UL", "OL", "DL", "DT", "DD", "BLOCKQUOTE", "PRE", "TABLE", "TR", "TD", "TH",
  "FIGURE", "FIGCAPTION", "BR", "HR", "HEADER", "FOOTER", "MAIN", "ASIDE", "NAV"]);

// The article's HTML as text with blocks on lines of their own (textContent
// would glue the last word of one paragraph to the first of the next).
function blockText(root) {
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue.replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCK.has(node.nodeName);
    if (block) parts.push("\n");
    for (const child of node.childNodes) walk(child);
    if (block) parts.push("\n");
  };
  walk(root);
  return parts.join("").split("\n").map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l.length > 0).join("\n\n");
}

const quiet = new VirtualConsole();  // pages' CSS and script errors are not ours
const lines = createInterface({ input: process.stdin });
for await (const path of lines) {
  if (!path) continue;
  const bytes = readFileSync(path);
  const start = process.hrtime.bigint();
  let title = "";
  let body = "";
  let error = null;
  try {
    const dom = new JSDOM(bytes, { contentType: "text/html", virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    if (article) {
      title = article.title || "";
      const holder = new JSDOM(article.content || "").window.document.body;
      body = blockText(holder);
    }
    dom.window.close();
  } catch (e) {
    error = String(e).slice(0, 200);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(JSON.stringify({ page: basename(path), title, body, seconds, error }) + "\n");
}
