// Starts Pagefind's default search UI in #search. Pagefind loads its index with fetch(), which
// browsers refuse for file:// pages: opened from disk, the box says so instead of failing.
(function () {
  var box = document.getElementById("search");
  if (!box) return;
  if (location.protocol === "file:") {
    box.innerHTML = '<p class="how">Search works when the site is served over HTTP ' +
      "(for example <code>python3 -m http.server -d site</code>).</p>";
    return;
  }
  if (typeof PagefindUI === "undefined") return;
  new PagefindUI({ element: "#search", showSubResults: false, showImages: false, resetStyles: false });
})();
