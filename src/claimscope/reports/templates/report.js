
(function () {
  "use strict";
  // Hover details for highlighted runs. Data comes from a JSON block and is written with
  // textContent only, so nothing from the article is ever parsed as markup.
  var block = document.getElementById("cs-marks");
  if (!block) { return; }
  var marks = JSON.parse(block.textContent || "[]");
  var tip = document.createElement("div");
  tip.className = "tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.appendChild(tip);
  var runs = document.querySelectorAll(".text .m");
  for (var i = 0; i < runs.length; i++) {
    runs[i].removeAttribute("title");  // the custom tip replaces the browser's
  }
  function shown(layer) {
    var box = document.getElementById("show-" + layer);
    return !box || box.checked;
  }
  function fill(run) {
    tip.textContent = "";
    var ids = (run.getAttribute("data-m") || "").split(" ");
    var count = 0;
    ids.forEach(function (id) {
      var mark = marks[Number(id)];
      if (!mark || !shown(mark.layer)) { return; }
      var item = document.createElement("div");
      item.className = "tip-item";
      var head = document.createElement("strong");
      head.textContent = mark.head;
      item.appendChild(head);
      mark.lines.forEach(function (line) {
        var row = document.createElement("div");
        row.textContent = line;
        item.appendChild(row);
      });
      tip.appendChild(item);
      count += 1;
    });
    return count;
  }
  function place(run) {
    var rect = run.getBoundingClientRect();
    tip.hidden = false;
    var width = tip.offsetWidth, height = tip.offsetHeight;
    var left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    var top = rect.bottom + 6;
    if (top + height > window.innerHeight - 8) { top = Math.max(8, rect.top - height - 6); }
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }
  document.addEventListener("mouseover", function (event) {
    var run = event.target.closest ? event.target.closest(".text .m") : null;
    if (run && fill(run) > 0) { place(run); } else { tip.hidden = true; }
  });
  window.addEventListener("scroll", function () { tip.hidden = true; }, { passive: true });
})();
