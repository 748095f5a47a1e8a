/// The page's small inline script, which only adds to what works without it: it shows the
/// filter form (status and kind check boxes that hide list entries and dim highlights), and
/// when keyboard focus enters a record in the text or the list it outlines the other.
///
/// It has no `<` and no `&`, so it needs no escaping inside the page's CDATA section.
enum ArticlePageScript {
  /// The script's source.
  static let source = """
    (function () {
      "use strict";
      var form = document.querySelector("form.filters");
      if (form) {
        form.hidden = false;
        form.addEventListener("change", function () {
          var off = {};
          form.querySelectorAll("input").forEach(function (box) {
            if (!box.checked) { off[box.name + ":" + box.value] = true; }
          });
          document.querySelectorAll("li.claim, mark.rec").forEach(function (element) {
            var hidden = off["status:" + element.dataset.status] || off["kind:" + element.dataset.kind];
            element.classList.toggle(element.tagName === "LI" ? "filtered-out" : "dimmed", !!hidden);
          });
        });
      }
      function link(event, on) {
        var source = event.target.closest ? event.target.closest("[data-claim]") : null;
        if (!source) { return; }
        var prefix = source.tagName === "LI" ? "hl-" : "claim-";
        var other = document.getElementById(prefix + source.dataset.claim);
        if (other) { other.classList.toggle("is-linked", on); }
      }
      document.addEventListener("focusin", function (event) { link(event, true); });
      document.addEventListener("focusout", function (event) { link(event, false); });
    })();

    """
}
