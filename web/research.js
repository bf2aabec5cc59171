// After the first search: export links under the results, citations to copy and "who else said this" on a
// statement, similar statements below it, and completions in the search box. Uses app.js's helpers (el, navLink,
// api, urlFor, navigate, FILTERS); only the API's escaped `highlights` go in as HTML.
'use strict';

/** Download links for every hit of the current query and filters (GET /api/export). */
function renderExportLinks(state, total) {
  const box = $('export');
  box.replaceChildren();
  box.hidden = !total;
  if (!total) return;
  const params = new URLSearchParams();
  params.set('q', state.q);
  for (const [key] of FILTERS) if (state[key]) params.set(key, state[key]);
  if (state.q && state.sort) params.set('sort', state.sort);
  box.append('导出全部 ' + total + ' 条：');
  for (const [format, label] of [['csv', 'CSV（表格）'], ['jsonl', 'JSON Lines']]) {
    params.set('format', format);
    const a = el('a', 'export-' + format, label);
    a.href = '/api/export?' + params;
    a.setAttribute('download', '');
    box.append(' ', a);
  }
}

/** Copies text to the clipboard: the Clipboard API where allowed, else a selected text area. */
async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (e) {
    const area = el('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function copyButton(label, citation) {
  const button = el('button', 'copy', label);
  button.type = 'button';
  button.title = citation.text;
  button.dataset.citation = citation.text;
  button.addEventListener('click', async () => {
    const ok = await copyText(citation.text);
    button.textContent = ok ? '已复制' : '复制失败，请手动选择文字';
    setTimeout(() => { button.textContent = label; }, 2500);
  });
  return button;
}

/** One similar statement: who, where, when, how close, the shared words marked in its sentences. */
function similarItem(item, state) {
  const li = el('li', 'similar-item');
  const who = (item.officials || []).map((o) => o.name).join('、') || item.organization || '（未署名）';
  li.append(navLink({ id: item.id, q: state.q }, null, who));
  const meta = el('span', 'meta');
  for (const part of [item.province, item.year ? item.year + '年' : null, '相似度 ' + Math.round(item.similarity * 100) + '%']) {
    if (part) meta.append(el('span', null, part));
  }
  li.append(' ', meta);
  for (const passage of (item.highlights || []).slice(0, 2)) {
    const p = el('p', 'passage');
    p.innerHTML = passage; // escaped by the API; only <mark> is markup
    li.append(p);
  }
  if (item.shared_words && item.shared_words.length) {
    li.append(el('p', 'shared', '共同用词：' + item.shared_words.slice(0, 12).join('、')));
  }
  return li;
}

function similarList(result, state, emptyText) {
  const list = el('ul', 'similar');
  if (result.partial) list.append(el('li', 'meta', '检索超时：只比较了部分发言。'));
  if (!result.statements.length) list.append(el('li', 'meta', emptyText));
  for (const item of result.statements) list.append(similarItem(item, state));
  return list;
}

/**
 * Adds to a rendered statement: a copy-citation and a "who else said this" button under each paragraph, the
 * whole statement's citation, and the statements worded most like it.
 */
async function decorateStatement(statement, body, box, state, seq) {
  let citations = null;
  try {
    citations = await api('/api/statements/' + encodeURIComponent(statement.id) + '/citation');
  } catch (e) {
    citations = null;
  }
  if (seq !== renderSeq) return;
  const paras = body.querySelectorAll('.para');
  paras.forEach((p, i) => {
    const tools = el('span', 'para-tools');
    if (citations) tools.append(copyButton('复制引文', citations.paragraphs[i]));
    const who = el('button', 'who-else', '谁还说过');
    who.type = 'button';
    who.setAttribute('aria-expanded', 'false');
    who.addEventListener('click', async () => {
      const open = p.querySelector('.similar');
      if (open) {
        open.remove();
        who.setAttribute('aria-expanded', 'false');
        return;
      }
      who.disabled = true;
      try {
        const result = await api('/api/statements/' + encodeURIComponent(statement.id) + '/similar?paragraph=' + (i + 1) + '&size=3');
        p.append(similarList(result, state, '没有其他发言用过这段话的特征词。'));
        who.setAttribute('aria-expanded', 'true');
      } catch (e) {
        p.append(errorNotice(e, '查找相似发言'));
      } finally {
        who.disabled = false;
      }
    });
    tools.append(who);
    p.querySelector('.lines').append(' ', tools);
  });

  if (citations) {
    const cite = el('section', 'cite');
    cite.append(el('h2', null, '引用整篇发言'));
    const text = el('p', 'citation-text', citations.statement.text.length > 400
      ? citations.statement.text.slice(0, 200) + ' …… ' + citations.statement.text.slice(-160) : citations.statement.text);
    cite.append(text, copyButton('复制整篇引文', citations.statement));
    box.insertBefore(cite, box.querySelector('.source'));
  }

  const section = el('section', 'similar-statements');
  section.append(el('h2', null, '措辞相近的发言'));
  box.insertBefore(section, box.querySelector('.source'));
  try {
    const result = await api('/api/statements/' + encodeURIComponent(statement.id) + '/similar?size=5');
    if (seq !== renderSeq) return;
    section.append(similarList(result, state, '没有措辞相近的发言。'));
  } catch (e) {
    if (seq !== renderSeq) return;
    section.append(errorNotice(e, '查找相似发言'));
  }
}

// Search-box completions: officials with their province (choosing one filters by that official) and words of the
// corpus (choosing one searches for it). A WAI-ARIA combobox: arrows move, Enter picks, Escape closes.
const suggestBox = { list: null, items: [], active: -1, seq: 0, timer: null };

function setupSuggestions() {
  const input = $('q');
  const list = $('suggestions');
  suggestBox.list = list;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', 'suggestions');
  input.setAttribute('aria-expanded', 'false');
  input.addEventListener('input', () => {
    clearTimeout(suggestBox.timer);
    suggestBox.timer = setTimeout(() => fetchSuggestions(input.value), 120);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const n = suggestBox.items.length;
      const a = suggestBox.active;
      suggestBox.active = event.key === 'ArrowDown' ? (a < n - 1 ? a + 1 : 0) : (a > 0 ? a - 1 : n - 1);
      highlightSuggestion();
    } else if (event.key === 'Enter' && suggestBox.active >= 0) {
      event.preventDefault();
      chooseSuggestion(suggestBox.items[suggestBox.active]);
    } else if (event.key === 'Escape') {
      closeSuggestions();
    }
  });
  input.addEventListener('blur', () => setTimeout(closeSuggestions, 150));
}

async function fetchSuggestions(value) {
  const prefix = value.trim();
  const seq = ++suggestBox.seq;
  // Only the last word typed is completed: 医共体 托 completes 托.
  const last = prefix.split(/\s+/).pop();
  if (!last || last.length > 50 || /[:"()*?~]/.test(last)) {
    closeSuggestions();
    return;
  }
  let result;
  try {
    result = await api('/api/suggest?prefix=' + encodeURIComponent(last) + '&size=8');
  } catch (e) {
    closeSuggestions();
    return;
  }
  if (seq !== suggestBox.seq) return;
  showSuggestions(result.suggestions, prefix.slice(0, prefix.length - last.length));
}

function showSuggestions(suggestions, before) {
  const list = suggestBox.list;
  list.replaceChildren();
  suggestBox.items = suggestions.map((s) => ({ ...s, before }));
  suggestBox.active = -1;
  suggestions.forEach((s, i) => {
    const li = el('li', 'suggestion ' + s.kind);
    li.id = 'suggestion-' + i;
    li.setAttribute('role', 'option');
    li.append(el('span', 'text', s.text), el('span', 'kind', s.kind === 'official' ? '负责人 · ' + s.statements + ' 篇' : '词 · ' + s.statements + ' 篇'));
    li.addEventListener('mousedown', (event) => {
      event.preventDefault(); // keep the focus in the box
      chooseSuggestion(suggestBox.items[i]);
    });
    list.append(li);
  });
  list.hidden = suggestions.length === 0;
  $('q').setAttribute('aria-expanded', String(!list.hidden));
}

function highlightSuggestion() {
  suggestBox.list.querySelectorAll('[role=option]').forEach((li, i) => li.setAttribute('aria-selected', String(i === suggestBox.active)));
  $('q').setAttribute('aria-activedescendant', suggestBox.active >= 0 ? 'suggestion-' + suggestBox.active : '');
}

function closeSuggestions() {
  if (!suggestBox.list) return;
  suggestBox.seq++;
  suggestBox.list.hidden = true;
  suggestBox.list.replaceChildren();
  suggestBox.active = -1;
  $('q').setAttribute('aria-expanded', 'false');
  $('q').removeAttribute('aria-activedescendant');
}

function chooseSuggestion(s) {
  closeSuggestions();
  const state = readState();
  if (s.kind === 'official') {
    // An official: their statements (a filter), keeping what else was typed as the query.
    navigate(urlFor({ ...state, id: '', q: s.before.trim(), official: s.value, page: 1 }));
  } else {
    navigate(urlFor({ ...state, id: '', q: (s.before + s.value).trim(), page: 1 }));
  }
}

setupSuggestions();
