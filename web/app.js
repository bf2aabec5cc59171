// wjw-search page: the URL is the state (?q=&<dimension>=…&sort=&trend=&page= or ?id=&q=), so links
// are shareable and back/forward work. The dimensions (filters, facets, trend) come from the API's
// registry (GET /api/dimensions), never from a list here. Only the API's escaped `highlights` and
// paragraph `html` fields are inserted as HTML; every other string goes in through textContent.
'use strict';

const PAGE_SIZE = 10;
/** [name, label] of every dimension, in the registry's order; filled from GET /api/dimensions before the first render. */
let FILTERS = [];
/** The dimensions a trend can be counted by, as the API lists them ({name, label}). */
let TREND_DIMENSIONS = [];
/** The dimension a trend's columns are (year), as the API names it. */
let TIME_DIMENSION = '';
/** Keys of the state besides the filters. */
const STATE_KEYS = ['id', 'q', 'sort', 'trend', 'mode'];

let dimensionsLoaded = null;

/** Loads the dimension registry once; the page cannot filter without it. */
function loadDimensions() {
  dimensionsLoaded = dimensionsLoaded || api('/api/dimensions').then((body) => {
    FILTERS = body.dimensions.map((d) => [d.name, d.label]);
    TREND_DIMENSIONS = body.dimensions.filter((d) => d.trend);
    TIME_DIMENSION = body.time;
  }).catch((e) => {
    dimensionsLoaded = null; // try again on the next render
    throw e;
  });
  return dimensionsLoaded;
}

const $ = (id) => document.getElementById(id);

/** Creates an element with optional class and text (always as text, never HTML). */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** Reads the app state from the address bar. */
function readState() {
  const p = new URLSearchParams(location.search);
  const state = { page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1) };
  for (const key of STATE_KEYS) state[key] = p.get(key) || '';
  for (const [key] of FILTERS) state[key] = p.get(key) || '';
  return state;
}

/** A same-page URL for a state; empty values are left out to keep links short. */
function urlFor(state) {
  const p = new URLSearchParams();
  for (const key of [...STATE_KEYS, ...FILTERS.map(([name]) => name)]) {
    if (state[key]) p.set(key, state[key]);
  }
  if (!state.id && state.page > 1) p.set('page', String(state.page));
  const qs = p.toString();
  return qs ? '?' + qs : location.pathname;
}

/** A link that navigates inside the page (the click handler below turns it into pushState). */
function navLink(state, className, text) {
  const a = el('a', className, text);
  a.href = urlFor(state);
  a.dataset.nav = '';
  return a;
}

function navigate(url) {
  history.pushState(null, '', url);
  render();
}

document.addEventListener('click', (event) => {
  const a = event.target.closest('a[data-nav]');
  if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  event.preventDefault();
  navigate(a.getAttribute('href'));
});

window.addEventListener('popstate', render);

document.addEventListener('keydown', (event) => {
  const typing = event.target.closest('input, textarea');
  if (event.key === '/' && !typing) {
    event.preventDefault();
    $('q').focus();
    $('q').select();
  }
});

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const state = readState();
  // A new query keeps the filters but starts from the first page.
  navigate(urlFor({ ...state, id: '', q: $('q').value.trim(), mode: $('mode').value, page: 1 }));
});

/** Fetches JSON from the API; failures become an Error carrying the API's reason. */
async function api(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, '无法连接到检索服务，请检查网络或稍后再试。');
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const reason = body && body.error ? body.error.reason : response.statusText;
    throw new ApiError(response.status, reason);
  }
  return body;
}

class ApiError extends Error {
  constructor(status, reason) {
    super(reason);
    this.status = status;
  }
}

let renderSeq = 0;
let lastResultsUrl = '';

async function render() {
  const seq = ++renderSeq;
  try {
    await loadDimensions();
  } catch (e) {
    $('results').replaceChildren(errorNotice(e, '读取筛选维度'));
    return;
  }
  const state = readState();
  $('q').value = state.q;
  $('mode').value = state.mode;
  renderChips(state);
  if (state.id) {
    await showStatement(state, seq);
  } else {
    await showResults(state, seq);
  }
}

function renderChips(state) {
  const chips = $('chips');
  chips.replaceChildren();
  for (const [key, label] of FILTERS) {
    if (!state[key]) continue;
    const chip = navLink({ ...state, id: '', [key]: '', page: 1 }, 'chip', label + '：' + state[key]);
    chip.title = '取消此筛选';
    chip.setAttribute('aria-label', '取消筛选 ' + label + '：' + state[key]);
    chips.append(chip);
  }
}

function setStatus(text, isError) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', Boolean(isError));
}

function showSearchView(show) {
  $('results').hidden = !show;
  if (!show) $('export').hidden = true;
  $('pager').hidden = !show;
  if (!show) $('trend').hidden = true;
  if (!show) $('tools').hidden = true;
  $('facets').hidden = !show;
  $('statement').hidden = show;
  // Reading a statement uses the full width: the facet column is hidden, so drop it from the grid.
  document.querySelector('.layout').classList.toggle('reading', !show);
}

async function showResults(state, seq) {
  showSearchView(true);
  lastResultsUrl = location.pathname + location.search;
  const params = new URLSearchParams();
  params.set('q', state.q);
  for (const [key] of FILTERS) if (state[key]) params.set(key, state[key]);
  // a search by meaning ranks by meaning: it has no other order
  if (state.q && state.sort && !state.mode) params.set('sort', state.sort);
  if (state.mode) params.set('mode', state.mode);
  params.set('trend', trendDimension(state));
  params.set('from', String((state.page - 1) * PAGE_SIZE));
  params.set('size', String(PAGE_SIZE));
  setStatus('检索中…');
  document.title = (state.q ? state.q + ' · ' : '') + '卫健委负责人谈工作 · 检索';
  let result;
  try {
    result = await api('/api/search?' + params);
  } catch (e) {
    if (seq !== renderSeq) return;
    $('results').replaceChildren(errorNotice(e, '检索'));
    $('export').hidden = true;
    $('trend').hidden = true;
    $('pager').replaceChildren();
    $('facets').replaceChildren();
    setStatus('');
    return;
  }
  if (seq !== renderSeq) return;
  const first = result.total === 0 ? 0 : result.from + 1;
  const last = result.from + result.hits.length;
  const what = state.q ? '“' + state.q + '”' : '全部发言（按年份由近及远）';
  setStatus(what + '：' + (result.partial ? '至少 ' : '共 ') + result.total + ' 条' +
    (result.total ? '，第 ' + first + '–' + last + ' 条' : '') + '，用时 ' + result.took_ms + ' 毫秒' +
    (result.partial ? '（检索超时，结果不完整：请缩小范围或加筛选条件）' : '') +
    (result.candidates ? '。' + (result.mode === 'hybrid' ? '综合' : '按意思') + '检索只统计候选：意思最接近的 ' +
      result.candidates.paragraphs + ' 个段落' + (result.mode === 'hybrid' ? '与字面匹配最好的 ' +
      result.candidates.literal_ranked + ' 条（共 ' + result.candidates.literal_matches + ' 条）' : '') +
      '，不是全部发言' : ''));
  renderFacets(state, result.facets);
  if (state.mode) $('tools').hidden = true;
  else renderSortControl(state);
  // An export lists every literal match; semantic and hybrid rank candidates, so only literal results export.
  renderExportLinks(state, result.partial || result.mode ? 0 : result.total);
  renderTrend(state, (result.trends || {})[params.get('trend')]); // trend.js
  if (result.hits.length === 0) {
    $('results').replaceChildren(noHits(state, result.total));
  } else {
    $('results').replaceChildren(...result.hits.map((hit) => card(hit, state)));
  }
  renderPager(state, result.total);
}

function noHits(state, total) {
  const box = el('div', 'notice');
  if (total > 0) {
    box.append(el('p', null, '这一页没有结果了。'), navLink({ ...state, page: 1 }, null, '回到第一页'));
    return box;
  }
  box.append(el('p', null, state.q ? '没有找到同时包含这些词的发言。' : '没有符合这些筛选条件的发言。'));
  const tips = el('p', null, '可以减少检索词、换个说法，或取消筛选。');
  box.append(tips);
  if (FILTERS.some(([key]) => state[key])) {
    box.append(navLink({ q: state.q, sort: state.sort, trend: state.trend, page: 1 }, null, '取消全部筛选'));
  }
  return box;
}

function errorNotice(error, action) {
  const box = el('div', 'notice error');
  box.setAttribute('role', 'alert');
  let headline;
  if (error.status === 400) headline = '检索式无法执行，请修改后再试。';
  else if (error.status === 404) headline = '没有找到这条记录，链接可能已过期。';
  else if (error.status === 0) headline = '无法连接到检索服务。';
  else headline = action + '时服务器出错（' + error.status + '），请稍后再试。';
  box.append(el('p', null, headline), el('p', null, '原因：' + error.message));
  return box;
}

function officialsText(officials) {
  return (officials || []).map((o) => o.name + (o.title ? ' · ' + o.title : '')).join('；');
}

function card(hit, state) {
  const item = el('section', 'card');
  const h3 = el('h3');
  h3.append(navLink({ id: hit.id, q: state.q }, null, officialsText(hit.officials) || hit.organization || '（未署名）'));
  item.append(h3);
  const meta = el('p', 'meta');
  for (const part of [hit.province, hit.organization, hit.year ? hit.year + '年' : null,
    hit.article && hit.article.headline]) {
    if (part) meta.append(el('span', null, part));
  }
  item.append(meta);
  if (hit.meaning) {
    const label = el('p', 'by-meaning');
    label.append(el('span', 'badge', '按意思匹配'),
      ' matched by meaning, not by words · 第 ' + hit.meaning.paragraph + ' 段 · 相似度 ' +
      hit.meaning.similarity.toFixed(3));
    item.append(label);
  }
  for (const passage of (hit.highlights || []).slice(0, 3)) {
    const p = el('p', 'passage');
    p.innerHTML = passage; // escaped by the API; only <mark> is markup
    item.append(p);
  }
  return item;
}

function renderFacets(state, facets) {
  const box = $('facets');
  box.replaceChildren();
  for (const [key, label] of FILTERS) {
    const values = (facets && facets[key]) || [];
    if (values.length === 0) continue;
    const section = el('section');
    const heading = el('h2', null, label);
    heading.id = 'facet-' + key;
    const list = el('ul');
    list.setAttribute('aria-labelledby', heading.id);
    for (const v of values) {
      const active = String(state[key]) === String(v.value);
      const a = navLink({ ...state, id: '', [key]: active ? '' : v.value, page: 1 }, null);
      a.append(el('span', 'value', v.value), el('span', 'count', v.count));
      a.setAttribute('aria-current', active ? 'true' : 'false');
      a.title = active ? '再点一次取消筛选' : '只看' + label + '为 ' + v.value;
      const li = el('li');
      li.append(a);
      list.append(li);
    }
    section.append(heading, list);
    box.append(section);
  }
}

function renderPager(state, total) {
  const pager = $('pager');
  pager.replaceChildren();
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(10000 / PAGE_SIZE));
  if (pages <= 1) return;
  const page = state.page;
  if (page > 1) pager.append(navLink({ ...state, page: page - 1 }, null, '上一页'));
  const shown = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages));
  let previous = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n - previous > 1) pager.append(el('span', 'gap', '…'));
    if (n === page) {
      const current = el('span', null, n);
      current.setAttribute('aria-current', 'page');
      pager.append(current);
    } else {
      const link = navLink({ ...state, page: n }, null, n);
      link.setAttribute('aria-label', '第 ' + n + ' 页');
      pager.append(link);
    }
    previous = n;
  }
  if (page < pages) pager.append(navLink({ ...state, page: page + 1 }, null, '下一页'));
}

function linesText(lines) {
  if (!lines || lines.length === 0) return '';
  return '原文第 ' + lines.join('、') + ' 行';
}

// How a paragraph came to stand under this statement, in words; the evidence itself is the tooltip.
const RULE_LABELS = {
  continuation: '接续上文',
  block: '随所属段落移入',
  place: '据地名归入',
  correction: '人工校正',
};

function attributionNote(attribution) {
  if (!attribution) return null;
  const label = RULE_LABELS[attribution.rule];
  const uncertain = attribution.confidence === 'uncertain';
  if (!label && !uncertain) return null;
  const note = el('span', uncertain ? 'attribution uncertain' : 'attribution',
    [label, uncertain ? '归属存疑' : null].filter(Boolean).join(' · '));
  note.title = attribution.evidence || '';
  return note;
}

async function showStatement(state, seq) {
  showSearchView(false);
  const box = $('statement');
  setStatus('载入中…');
  const q = state.q ? '?q=' + encodeURIComponent(state.q) : '';
  let statement;
  let article = null;
  try {
    statement = await api('/api/statements/' + encodeURIComponent(state.id) + q);
    if (statement.article && statement.article.id) {
      article = await api('/api/articles/' + encodeURIComponent(statement.article.id)).catch(() => null);
    }
  } catch (e) {
    if (seq !== renderSeq) return;
    setStatus('');
    box.replaceChildren(backLink(state), errorNotice(e, '读取发言'));
    return;
  }
  if (seq !== renderSeq) return;
  setStatus('');
  const title = officialsText(statement.officials) || statement.organization || '发言全文';
  document.title = title + ' · 卫健委负责人谈工作';

  const h1 = el('h1', null, title);
  h1.tabIndex = -1;
  const meta = el('p', 'meta');
  for (const part of [statement.province, statement.organization, statement.year ? statement.year + '年' : null]) {
    if (part) meta.append(el('span', null, part));
  }
  const body = el('div', 'body');
  for (const para of statement.paragraphs || []) {
    // a subtitle printed under the header is part of the statement, shown as its subtitle
    const p = el('p', para.role === 'subtitle' ? 'para subtitle' : 'para');
    const text = el('span');
    text.innerHTML = para.html; // escaped by the API; only <mark> is markup
    const small = el('small', 'lines', linesText(para.lines));
    const note = attributionNote(para.attribution);
    if (note) small.append(' ', note);
    if (para.attribution && para.attribution.confidence === 'uncertain') p.classList.add('uncertain');
    p.append(text, small);
    body.append(p);
  }
  box.replaceChildren(backLink(state), h1, meta, body, sourceBlock(statement, article, state));
  h1.focus();
  decorateStatement(statement, body, box, state, seq); // research.js: citations, who else said this, similar
}

function backLink(state) {
  // Back to the exact result page the reader came from (filters and page kept), else to the query.
  const back = el('a', 'back', '← 返回检索结果');
  back.href = lastResultsUrl || urlFor({ q: state.q, page: 1 });
  back.dataset.nav = '';
  return back;
}

function sourceBlock(statement, article, state) {
  const section = el('section', 'source');
  section.append(el('h2', null, '出处'));
  const ref = article || statement.article || {};
  const headline = el('p');
  headline.append(el('strong', null, ref.headline || '（无标题）'));
  if (ref.year) headline.append(el('span', 'meta', '　' + ref.year + '年'));
  if (article && article.date) headline.append(el('span', 'meta', '　' + article.date));
  if (article && article.source) headline.append(el('span', 'meta', '　' + article.source));
  section.append(headline);
  if (article) {
    if (article.lead) section.append(el('p', 'lead', article.lead));
    if (article.reporters && article.reporters.length) {
      section.append(el('p', 'meta', '记者：' + article.reporters.join('、')));
    }
    const others = (article.statements || []).filter((s) => s.id !== statement.id);
    if (others.length) {
      section.append(el('h2', null, '同版其他负责人'));
      const list = el('ul');
      for (const other of others) {
        const li = el('li');
        const label = officialsText(other.officials) || '（未署名）';
        li.append(navLink({ id: other.id, q: state.q }, null, label));
        if (other.province) li.append(el('span', 'meta', '　' + other.province));
        list.append(li);
      }
      section.append(list);
    }
    if (article.source) section.append(el('p', 'meta', '原文文件：' + article.source));
  }
  return section;
}

// Not at once: render() awaits /api/dimensions, and while the browser waits for a later deferred script
// (research.js, trend.js) it may deliver that answer, so render would call renderTrend before trend.js ran.
// DOMContentLoaded comes after every deferred script.
document.addEventListener('DOMContentLoaded', () => render());
