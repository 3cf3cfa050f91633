/*
 * Relevare Patient Education: site search.
 *
 * Progressive enhancement of the search page (/search/): without this script the page still lists every page.
 * It loads the build-time index named by data-search-index (same origin: no request leaves the site), reads
 * the query from ?q=, and lists the matching pages. No inline script, no inline style, no eval: it runs under
 * the site's Content-Security-Policy (script-src 'self'; connect-src 'self').
 */
(function () {
  'use strict';

  /* Lowercase, accents removed, split into words of letters and digits. */
  function words(text) {
    return String(text || '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(function (word) { return word.length > 0; });
  }

  /* Each page's words by field, with the weight of a match in that field. */
  function prepare(index) {
    return (index.pages || []).map(function (page) {
      return {
        page: page,
        fields: [
          { words: words(page.title), weight: 10 },
          { words: words((page.conditions || []).concat(page.tags || []).join(' ')), weight: 6 },
          { words: words(page.description), weight: 4 },
          { words: words(page.text), weight: 1 }
        ]
      };
    });
  }

  /*
   * The pages matching every word of the query (a word matches the start of a word of the page, so 'infus'
   * finds 'infusion'), best first: title matches count most, then conditions and tags, description, text.
   */
  function search(prepared, query) {
    var terms = words(query);
    if (terms.length === 0) {
      return [];
    }

    var results = [];
    prepared.forEach(function (entry) {
      var total = 0;
      for (var t = 0; t < terms.length; t++) {
        var score = 0;
        entry.fields.forEach(function (field) {
          field.words.forEach(function (word) {
            if (word.indexOf(terms[t]) === 0) {
              score += field.weight;
            }
          });
        });
        if (score === 0) {
          return;
        }
        total += score;
      }
      results.push({ page: entry.page, score: total });
    });

    results.sort(function (a, b) {
      return b.score - a.score || (a.page.url < b.page.url ? -1 : a.page.url > b.page.url ? 1 : 0);
    });
    return results.map(function (result) { return result.page; });
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  /* The page's own words (data-text-* on the results container, from the strings file), English by default. */
  function text(container, name, fallback) {
    return container.getAttribute('data-text-' + name) || fallback;
  }

  function show(container, query, pages) {
    container.textContent = '';
    var count = pages.length === 1
      ? text(container, 'one-result', '1 result')
      : text(container, 'results', '{count} results').replace('{count}', String(pages.length));
    container.appendChild(element('h2', 'search-summary', count + ' ' + text(container, 'for', 'for') + ' \u201c' + query + '\u201d'));
    if (pages.length === 0) {
      container.appendChild(element('p', null, text(container, 'none', 'Try another word, or browse all pages below.')));
    } else {
      var list = element('ul', 'search-result-list');
      pages.forEach(function (page) {
        var item = element('li');
        var heading = element('h3');
        var link = element('a', null, page.title);
        link.href = page.url;
        heading.appendChild(link);
        item.appendChild(heading);
        if (page.description) {
          item.appendChild(element('p', null, page.description));
        }
        list.appendChild(item);
      });
      container.appendChild(list);
    }
    container.hidden = false;
  }

  function start() {
    var container = document.getElementById('search-results');
    var input = document.getElementById('search-query');
    if (!container || !window.fetch || !window.URLSearchParams) {
      return;
    }

    var query = (new URLSearchParams(window.location.search).get('q') || '').trim();
    if (input) {
      input.value = query;
    }
    if (!query) {
      return;
    }

    fetch(container.getAttribute('data-search-index'), { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('search index: HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (index) {
        show(container, query, search(prepare(index), query));
      })
      .catch(function () {
        container.textContent = '';
        container.appendChild(element('p', null, text(container, 'unavailable', 'Search is not available right now. Please browse all pages below.')));
        container.hidden = false;
      });
  }

  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start);
    } else {
      start();
    }
  }

  /* For the build's tests, which run the same search in Node. */
  if (typeof module !== 'undefined' && module.exports) {
    module.exports = { words: words, prepare: prepare, search: search };
  }
})();
