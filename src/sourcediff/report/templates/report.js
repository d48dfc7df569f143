(function () {
  "use strict";
  // Filters: a finding is shown when its kind, its verdict and one of its outlets are ticked. The state
  // is read from the URL fragment ("#verdict=conflict,variant&kind=number&outlet=Some%20Outlet") on load
  // and kept there as boxes are ticked. Every value compared comes from the page's own data-* attributes.
  var form = document.getElementById("filters");
  if (!form) { return; }
  var groups = ["kind", "verdict", "outlet"];
  var findings = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-finding]"));
  var shown = document.getElementById("shown");

  function boxes(group) {
    return Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]")).filter(function (box) {
      return box.name === group;
    });
  }

  function ticked(group) {
    var values = new Set();
    boxes(group).forEach(function (box) { if (box.checked) { values.add(box.value); } });
    return values;
  }

  function apply() {
    var kinds = ticked("kind"), verdicts = ticked("verdict"), outlets = ticked("outlet");
    var hidden = new Set(), count = 0;
    findings.forEach(function (finding) {
      var anyOutlet = Array.prototype.some.call(finding.querySelectorAll("[data-outlet]"), function (claim) {
        return outlets.has(claim.getAttribute("data-outlet"));
      });
      var visible = kinds.has(finding.getAttribute("data-kind")) &&
        verdicts.has(finding.getAttribute("data-verdict")) && anyOutlet;
      finding.hidden = !visible;
      if (visible) { count += 1; } else { hidden.add(finding.id); }
    });
    rows.forEach(function (row) { row.hidden = hidden.has(row.getAttribute("data-finding")); });
    shown.textContent = count + " of " + findings.length + " findings shown";
  }

  function fromFragment() {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
    groups.forEach(function (group) {
      var wanted = new Set();
      params.getAll(group).forEach(function (value) {
        (group === "outlet" ? [value] : value.split(",")).forEach(function (one) { wanted.add(one); });
      });
      boxes(group).forEach(function (box) { box.checked = !params.has(group) || wanted.has(box.value); });
    });
    apply();
  }

  function toFragment() {
    var params = new URLSearchParams();
    groups.forEach(function (group) {
      var all = boxes(group), on = all.filter(function (box) { return box.checked; });
      if (on.length < all.length) {
        if (on.length === 0) { params.append(group, ""); }
        on.forEach(function (box) { params.append(group, box.value); });
      }
    });
    var fragment = params.toString();
    try {
      window.history.replaceState(null, "", fragment ? "#" + fragment : window.location.pathname);
    } catch (ignored) { /* a page opened from a file may refuse it; the filter still works */ }
  }

  form.addEventListener("change", function () { apply(); toFragment(); });
  window.addEventListener("hashchange", fromFragment);
  form.hidden = false;
  fromFragment();
}());
