// verity's page: sends the article to POST /v1/check and shows the record.
// Offsets in the record are UTF-8 byte offsets into the title or into the
// cleaned paragraphs joined by blank lines, so highlighting works on bytes.
'use strict';

const $ = (id) => document.getElementById(id);
const encoder = new TextEncoder();
const decoder = new TextDecoder();
let lastRecord = null;

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'className') node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function signed(value) {
  return (value >= 0 ? '+' : '') + value.toFixed(2);
}

function setStatus(message, isError = false) {
  $('status').textContent = message;
  $('status').classList.toggle('error', isError);
}

// What the box holds: a URL, an HTML page or plain text.
function requestFor(input) {
  const trimmed = input.trim();
  if (/^https?:\/\/\S+$/i.test(trimmed)) return { url: trimmed };
  if (/^(<!doctype|<html|<head|<body|<article|<div|<p[\s>])/i.test(trimmed)) return { html: input };
  return { text: input };
}

async function loadExamples() {
  try {
    const response = await fetch('/v1/examples');
    const examples = await response.json();
    for (const example of examples) {
      $('example-select').append(element('option', { value: example.path }, example.name));
    }
  } catch (error) {
    // The page still works without the examples.
  }
}

async function useExample() {
  const path = $('example-select').value;
  if (!path) return;
  const response = await fetch(path);
  $('article-input').value = await response.text();
  setStatus('Example loaded. Press "Check article".');
}

function useFile() {
  const file = $('file-input').files[0];
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => {
    $('article-input').value = reader.result;
    setStatus(`${file.name} loaded. Press "Check article".`);
  };
  reader.readAsText(file);
}

async function check(event) {
  event.preventDefault();
  const input = $('article-input').value;
  if (!input.trim()) {
    setStatus('Paste an article, a URL or an HTML page first.', true);
    $('article-input').focus();
    return;
  }
  $('check-button').disabled = true;
  setStatus('Checking…');
  try {
    const response = await fetch('/v1/check?paragraphs=1', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(requestFor(input)),
    });
    const record = await response.json();
    if (!response.ok || record.error) {
      setStatus(`Could not check it: ${record.error || response.statusText}`, true);
      return;
    }
    lastRecord = record;
    showResult(record);
    setStatus('Done.');
  } catch (error) {
    setStatus(`Could not reach verity: ${error.message}`, true);
  } finally {
    $('check-button').disabled = false;
  }
}

// `text` with byte ranges marked: terms as <mark class="fake|real">, key
// sentences as <span class="key">. Overlapping terms: the first listed wins.
function highlighted(text, terms, sentences) {
  const bytes = encoder.encode(text);
  const cuts = new Set([0, bytes.length]);
  for (const range of [...terms, ...sentences]) {
    cuts.add(Math.min(range.begin, bytes.length));
    cuts.add(Math.min(range.end, bytes.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [begin, end] = [points[i], points[i + 1]];
    let node = document.createTextNode(decoder.decode(bytes.subarray(begin, end)));
    const term = terms.find((range) => range.begin <= begin && end <= range.end);
    if (term) {
      node = element('mark', {
        className: term.kind,
        title: `${term.term}: toward ${term.kind} (${signed(term.weight)})`,
      }, node);
    }
    if (sentences.some((range) => range.begin <= begin && end <= range.end)) {
      node = element('span', { className: 'key' }, node);
    }
    fragment.append(node);
  }
  return fragment;
}

function termRanges(explanation, field) {
  const ranges = [];
  for (const [kind, terms] of [['fake', explanation.top_fake], ['real', explanation.top_real]]) {
    for (const term of terms || []) {
      if (term.field !== field) continue;
      for (const [begin, end] of term.spans || []) ranges.push({ begin, end, kind, term: term.term, weight: term.weight });
    }
  }
  return ranges;
}

function fillTerms(list, terms) {
  list.replaceChildren(...(terms || []).map((term) =>
    element('li', {}, `${term.term}${term.field === 'title' ? ' (title)' : ''} `,
      element('span', { className: 'weight' }, signed(term.weight)))));
  if (!list.children.length) list.append(element('li', {}, 'none'));
}

function fillTable(table, rows) {
  const body = table.tBodies[0];
  body.replaceChildren(...rows.map((cells) =>
    element('tr', {}, ...cells.map(([text, numeric]) => element('td', numeric ? { className: 'number' } : {}, text)))));
}

// How the evidence moved the verdict: the content model's probability, the
// combined one, and each item with its share (logit and probability points).
function showContributions(record) {
  const items = (record.explanation || {}).evidence;
  $('evidence-section').hidden = !Array.isArray(items);
  if (!Array.isArray(items)) return;
  const percent = (p) => `${Math.round(p * 100)}%`;
  $('evidence-summary').textContent = items.some((item) => item.logit !== 0)
    ? `Content model alone: ${percent(record.content_probability)}; with the evidence: ${percent(record.fake_probability)}.`
    : `No evidence moved the verdict; it is the content model's ${percent(record.fake_probability)}.`;
  $('evidence-list').replaceChildren(...items.map((item) => {
    const points = Math.round(item.points * 100);
    return element('li', {}, `${item.reason} `,
      element('span', { className: 'weight' }, `${signed(item.logit)} (${points >= 0 ? '+' : ''}${points} points)`));
  }));
}

// The evidence sections appear only when the record carries them.
function showEvidence(record) {
  showContributions(record);
  // Sources: each domain's one-line summary, as `verity source` prints it.
  const source = record.source;
  $('source-section').hidden = !source;
  if (source) {
    const rated = (entry) => `${entry.unicode || entry.domain}: ${entry.summary}`;
    const rows = [];
    if (source.publisher && source.publisher.domain) rows.push(['publisher', rated(source.publisher)]);
    for (const cited of source.cited || []) rows.push(['cited source', rated(cited)]);
    if (rows.length === 0) rows.push(['sources', 'no publisher domain and no cited source to look up']);
    $('source-details').replaceChildren(...rows.flatMap(([key, value]) =>
      [element('dt', {}, key), element('dd', {}, value)]));
  }
  // Check-worthy sentences, each with the rated claims it matches.
  const claims = Array.isArray(record.claims) ? record.claims : [];
  $('claims-section').hidden = claims.length === 0;
  $('claims-list').replaceChildren(...claims.map((claim) => {
    const matches = claim.matches || [];
    const found = matches.length === 0
      ? element('span', { className: 'note' }, ' (no rated claim matches: check it yourself)')
      : element('ul', {}, ...matches.map((match) => {
        const rating = [match.rating, match.speaker, match.reviewer].filter(Boolean).join(' · ');
        const said = match.url ? element('a', { href: match.url, rel: 'noreferrer noopener' }, match.claim) : match.claim;
        return element('li', {}, 'rated claim: ', said, ` — ${rating} (similarity ${Number(match.score).toFixed(2)})`);
      }));
    return element('li', {}, claim.text, found);
  }));
  // Related stored coverage, with each outlet's standing.
  const related = Array.isArray(record.related) ? record.related : [];
  $('related-section').hidden = related.length === 0;
  $('related-list').replaceChildren(...related.map((item) => {
    const title = item.title || item.id;
    const head = item.url ? element('a', { href: item.url, rel: 'noreferrer noopener' }, title) : title;
    const standing = item.reputation ? item.reputation.standing : '';
    const shared = Number.isFinite(Number(item.coverage)) ? `shares ${Math.round(Number(item.coverage) * 100)}% of the story's terms` : '';
    const extra = [item.domain, standing, item.label ? `labelled ${item.label}` : '', shared].filter(Boolean).join(' · ');
    return element('li', {}, head, extra ? ` — ${extra}` : '');
  }));
  const copy = record.copy_of;
  $('copy-section').hidden = !copy;
  if (copy) {
    const shared = Math.round(Number(copy.overlap) * 100);
    $('copy-details').textContent =
      `${shared}% of it is in "${copy.title || copy.id}" (${[copy.domain, copy.label].filter(Boolean).join(', ')})`;
  }
}

function showResult(record) {
  const probability = Math.round(record.fake_probability * 100);
  $('verdict-word').textContent = record.verdict;
  $('verdict-word').className = `verdict-word ${record.verdict}`;
  $('probability-text').textContent = `${probability}% likely fake`;
  $('gauge').setAttribute('aria-valuenow', String(probability));
  $('gauge').setAttribute('aria-valuetext', `${probability}% likely fake: ${record.verdict}`);
  $('gauge-fill').style.left = `${probability}%`;
  $('satire-text').textContent = record.satire_probability
    ? `Reads as satire: ${Math.round(record.satire_probability * 100)}%` : '';

  const article = record.article || {};
  const explanation = record.explanation || {};
  $('article-title').replaceChildren(highlighted(article.title || '', termRanges(explanation, 'title'), []));
  // Without a URL, the publisher the page names ("thepeoplesvoice.tv, from the badge").
  const publisher = article.publisher && article.publisher.method !== 'url'
    ? `${article.publisher.domain || article.publisher.name} (publisher, from the ${article.publisher.method})` : '';
  const meta = [article.domain || publisher, (article.authors || []).join(', '), article.date].filter(Boolean).join(' · ');
  $('article-meta').textContent = meta;
  const body = (article.paragraphs || []).join('\n\n');
  const sentences = (explanation.sentences || []).map((s) => ({ begin: s.begin, end: s.end }));
  $('article-body').replaceChildren(highlighted(body, termRanges(explanation, 'body'), sentences));

  fillTerms($('fake-terms'), explanation.top_fake);
  fillTerms($('real-terms'), explanation.top_real);
  $('key-sentences').replaceChildren(...(explanation.sentences || []).map((s) =>
    element('li', {}, `${s.text} `, element('span', { className: 'note' }, `(${signed(s.weight)})`))));
  fillTable($('signals-table'), (explanation.signals || []).map((s) =>
    [[s.name.replace(/_/g, ' ')], [s.value.toFixed(2), true], [signed(s.contribution), true], [(s.examples || []).join(', ')]]));
  fillTable($('groups-table'), Object.entries(record.signals || {}).map(([name, value]) =>
    [[name.replace(/_/g, ' ')], [signed(value), true]]));
  showEvidence(record);

  $('result').hidden = false;
  $('result').focus();
}

async function copyJson() {
  if (!lastRecord) return;
  const json = JSON.stringify(lastRecord, null, 2);
  try {
    await navigator.clipboard.writeText(json);
  } catch (error) {
    const scratch = element('textarea', { 'aria-hidden': 'true' });
    scratch.value = json;
    document.body.append(scratch);
    scratch.select();
    document.execCommand('copy');
    scratch.remove();
  }
  $('copy-status').textContent = 'JSON copied.';
}

document.addEventListener('DOMContentLoaded', () => {
  $('check-form').addEventListener('submit', check);
  $('example-select').addEventListener('change', useExample);
  $('file-input').addEventListener('change', useFile);
  $('copy-json').addEventListener('click', copyJson);
  loadExamples();
});
