// Progressive enhancement of the assignment pages. Everything works without it.
// htmx (loaded just before on the list) updates the results in place. It would otherwise add an inline style element,
// which the content security policy forbids, and may evaluate code. Nor may it keep copies of the pages in the
// browser's session storage for going back: they would hold what the server sends as no-store, exempt titles
// included. Going back, it asks the server for the page instead.
if (window.htmx) {
  window.htmx.config.includeIndicatorStyles = false;
  window.htmx.config.allowEval = false;
  window.htmx.config.allowScriptTags = false;
  window.htmx.config.historyCacheSize = 0;
  // Empty choices are left out of the address, so it reads /oppdrag?year=2025 rather than listing every filter.
  document.addEventListener('htmx:configRequest', function (hendelse) {
    var parametre = hendelse.detail.parameters;
    Object.keys(parametre).forEach(function (navn) {
      if (parametre[navn] === '') {
        delete parametre[navn];
      }
    });
  });
  // A refused filter (400, such as a deadline range that ends before it starts) answers with the reason in place of
  // the results. htmx would drop an error answer and leave the old results, as if the change had been taken.
  document.addEventListener('htmx:beforeSwap', function (hendelse) {
    if (hendelse.detail.xhr.status === 400) {
      hendelse.detail.shouldSwap = true;
      hendelse.detail.isError = false;
    }
  });
}

// A department choice (select[data-avdeling-for=<id of the division choice>]) groups the departments by division.
// With JavaScript, only the chosen division's group is offered; without it, all are, and the server refuses a
// department of another division.
(function () {
  function avgrens(avdeling) {
    var divisjon = document.getElementById(avdeling.getAttribute('data-avdeling-for'));
    if (!divisjon) {
      return;
    }
    var valgt = divisjon.value;
    var alleUtenDivisjon = avdeling.getAttribute('data-alle-uten-divisjon') === 'true';
    Array.prototype.forEach.call(avdeling.querySelectorAll('optgroup'), function (gruppe) {
      var synlig = valgt === '' ? alleUtenDivisjon : gruppe.getAttribute('data-divisjon') === valgt;
      gruppe.hidden = !synlig;
      gruppe.disabled = !synlig;
    });
    var option = avdeling.options[avdeling.selectedIndex];
    if (option && option.parentNode.tagName === 'OPTGROUP' && option.parentNode.disabled) {
      avdeling.value = '';
    }
  }

  function avgrensAlle() {
    Array.prototype.forEach.call(document.querySelectorAll('select[data-avdeling-for]'), avgrens);
  }

  // Capture phase: the department is put right before htmx sends the changed filter.
  document.addEventListener('change', function (hendelse) {
    var kilde = hendelse.target;
    if (kilde && kilde.id) {
      Array.prototype.forEach.call(document.querySelectorAll('select[data-avdeling-for="' + kilde.id + '"]'), avgrens);
    }
  }, true);
  document.addEventListener('htmx:afterSwap', avgrensAlle);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', avgrensAlle);
  }
  else {
    avgrensAlle();
  }
})();
