// pyirc --annotate: open the line the URL names (#line-N) and keep the URL
// in step with the line last opened, so that a link shows a line expanded.
(function () {
  'use strict';
  function openFromHash() {
    var match = /^#line-(\d+)$/.exec(window.location.hash);
    if (!match)
      return;
    var line = document.getElementById('line-' + match[1]);
    if (!line)
      return;
    if (line.tagName === 'DETAILS')
      line.open = true;
    var previous = document.querySelector('.line.target');
    if (previous)
      previous.classList.remove('target');
    line.classList.add('target');
    // Scroll only when the line is out of sight.
    var box = line.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight - 40)
      line.scrollIntoView({block: 'start'});
  }
  function setAll(open) {
    var lines = document.querySelectorAll('details.line');
    for (var i = 0; i < lines.length; ++i)
      lines[i].open = open;
  }
  document.getElementById('expand-all').addEventListener('click', function () {
    setAll(true);
  });
  document.getElementById('collapse-all').addEventListener('click', function () {
    setAll(false);
  });
  document.getElementById('source').addEventListener('toggle', function (event) {
    var line = event.target;
    if (line.open && line.id && window.history.replaceState)
      window.history.replaceState(null, '', '#' + line.id);
  }, true);
  window.addEventListener('hashchange', openFromHash);
  openFromHash();
})();
