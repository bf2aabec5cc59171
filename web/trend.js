// The order of the hits and the trend under them: how the matches spread over the years for each value of one
// dimension (the API's trend, counted with the facets), as a real table whose cells filter the results by that year
// and value. Uses app.js's helpers (el, navLink, urlFor, navigate, readState, FILTERS, TREND_DIMENSIONS,
// TIME_DIMENSION).
'use strict';

const SORT_LABELS = [['relevance', '相关度'], ['newest', '最新（年份、版面顺序）']];

/** The dimension the trend is counted by: the one in the address, else the first the API offers. */
function trendDimension(state) {
  const named = TREND_DIMENSIONS.find((d) => d.name === state.trend);
  return (named || TREND_DIMENSIONS[0] || { name: '' }).name;
}

function labelOf(name) {
  const found = FILTERS.find(([key]) => key === name);
  return found ? found[1] : name;
}

/** The order of the hits (a query only: a browse is always newest first). */
function renderSortControl(state) {
  const box = $('tools');
  box.replaceChildren();
  box.hidden = !state.q;
  if (!state.q) return;
  const label = el('label', null, '排序：');
  label.htmlFor = 'sort';
  const select = el('select');
  select.id = 'sort';
  for (const [value, text] of SORT_LABELS) {
    const option = el('option', null, text);
    option.value = value;
    option.selected = (state.sort || 'relevance') === value;
    select.append(option);
  }
  select.addEventListener('change', () => {
    navigate(urlFor({ ...readState(), id: '', sort: select.value === 'relevance' ? '' : select.value, page: 1 }));
  });
  box.append(label, select);
}

/** Five shades from the smallest to the largest count of the table: a cell's class says which. */
function heat(count, max) {
  return count === 0 ? 'heat-0' : 'heat-' + Math.min(5, 1 + Math.floor((4 * count) / Math.max(1, max)));
}

function renderTrend(state, trend) {
  const box = $('trend');
  box.replaceChildren();
  box.hidden = !trend || trend.rows.length === 0 || trend.years.length === 0;
  if (box.hidden) return;
  const by = trend.by;
  const heading = el('h2', null, '年份分布');
  heading.id = 'trend-title';
  const picker = el('label', 'trend-by', '按');
  const select = el('select');
  select.id = 'trend-by';
  for (const d of TREND_DIMENSIONS) {
    const option = el('option', null, d.label);
    option.value = d.name;
    option.selected = d.name === by;
    select.append(option);
  }
  select.addEventListener('change', () => navigate(urlFor({ ...readState(), id: '', trend: select.value })));
  picker.htmlFor = 'trend-by';
  heading.append(' ', picker, select);

  const table = el('table', 'trend-table');
  table.append(el('caption', null, (state.q ? '“' + state.q + '”' : '全部发言') + '：各' + labelOf(by)
    + '每年的发言数（点击数字只看该年份和' + labelOf(by) + '）'));
  const head = el('tr');
  const corner = el('th', null, labelOf(by));
  corner.scope = 'col';
  head.append(corner);
  for (const year of trend.years) {
    const th = el('th', null, year);
    th.scope = 'col';
    head.append(th);
  }
  const total = el('th', null, '合计');
  total.scope = 'col';
  head.append(total);
  table.append(el('thead'));
  table.tHead.append(head);
  const body = el('tbody');
  const max = Math.max(0, ...trend.rows.flatMap((r) => r.counts));
  for (const row of trend.rows) {
    const tr = el('tr');
    const th = el('th', null, row.value);
    th.scope = 'row';
    tr.append(th);
    row.counts.forEach((count, i) => {
      const td = el('td', heat(count, max));
      const year = trend.years[i];
      if (count > 0) {
        const a = navLink({ ...state, id: '', [TIME_DIMENSION]: year, [by]: row.value, page: 1 }, null, count);
        a.setAttribute('aria-label', year + '年 ' + row.value + '：' + count + ' 条，只看这些');
        td.append(a);
      } else {
        td.textContent = '·';
        td.setAttribute('aria-label', year + '年 ' + row.value + '：0 条');
      }
      tr.append(td);
    });
    tr.append(el('td', 'sum', row.count));
    body.append(tr);
  }
  table.append(body);
  box.append(heading, table);
  if (trend.undated > 0) box.append(el('p', 'meta', '另有 ' + trend.undated + ' 条没有年份，不在表中。'));
}
