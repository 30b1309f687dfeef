/* The print button of a printable page (the written notice): shown only
   when this script runs; without it the page says to use the browser's
   print command. */
(function () {
  "use strict";
  var buttons = document.querySelectorAll("button.tombol-cetak");
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener("click", function () { window.print(); });
  }
}());
