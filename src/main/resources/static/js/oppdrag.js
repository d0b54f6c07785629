// Progressive enhancement of the assignment list: htmx (loaded just before) updates the results in place.
// htmx would otherwise add an inline style element, which the content security policy forbids, and may evaluate code.
if (window.htmx) {
  window.htmx.config.includeIndicatorStyles = false;
  window.htmx.config.allowEval = false;
  window.htmx.config.allowScriptTags = false;
}
