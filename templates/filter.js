// Instant filtering on the digest: the filter links work without JavaScript (they lead to
// pre-built pages); with it, a click hides the messages that do not match, in place.
(function () {
  var links = document.querySelectorAll("nav.filters a[data-filter]");
  var items = document.querySelectorAll("li.message");
  var active = null;
  function apply() {
    items.forEach(function (item) {
      var show = !active || (active.filter === "leader"
        ? item.dataset.sender === active.value || item.dataset.recipient === active.value
        : item.dataset[active.filter] === active.value);
      item.hidden = !show;
    });
    document.querySelectorAll("section.month").forEach(function (section) {
      section.hidden = !section.querySelector("li.message:not([hidden])");
    });
    links.forEach(function (link) {
      link.classList.toggle("active", !!active && link.dataset.filter === active.filter &&
        link.dataset.value === active.value);
    });
  }
  links.forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var same = active && active.filter === link.dataset.filter && active.value === link.dataset.value;
      active = same ? null : { filter: link.dataset.filter, value: link.dataset.value };
      apply();
    });
  });
})();
