// Progressive enhancement only: every page works without it.
// A long list of options gets a box that narrows it as one types.
(function () {
  var filter = document.getElementById("filter");
  if (!filter) return;
  document.querySelectorAll(".filter").forEach(function (e) { e.hidden = false; });
  filter.addEventListener("input", function () {
    var needle = filter.value.toLocaleLowerCase();
    document.querySelectorAll("ul.options li").forEach(function (li) {
      li.hidden = needle !== "" && li.textContent.toLocaleLowerCase().indexOf(needle) < 0;
    });
  });
})();
