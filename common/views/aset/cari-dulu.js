/* "Cari dulu" while typing (mod_sialip/arsip_cari_dulu.c): as the citizen
 * writes the request's details, published DIP entries and archived answers
 * that match are suggested below the field.  A static file (the CSP allows
 * scripts from this site only, never inline); without it the form's
 * "Cari dulu" step does the same. */
(function () {
  "use strict";
  var kotak = document.getElementById("saran-cari-dulu");
  var rincian = document.getElementById("rincian");
  if (!kotak || !rincian || !window.fetch || !window.DOMParser) {
    return;
  }
  var sumber = kotak.getAttribute("data-sumber");
  var tunda = null, terakhir = "", nomorMinta = 0;

  function elemen(nama, teks) {
    var e = document.createElement(nama);
    if (teks) {
      e.textContent = teks;
    }
    return e;
  }

  function tautan(href, teks) {
    var a = elemen("a", teks);
    a.setAttribute("href", href);
    return a;
  }

  function tampilkan(doc) {
    var dip = doc.getElementsByTagName("dip");
    var arsip = doc.getElementsByTagName("arsip");
    var i, li, ul;
    kotak.textContent = "";
    if (!dip.length && !arsip.length) {
      return;
    }
    kotak.appendChild(elemen("p", "Mungkin sudah tersedia:"));
    ul = elemen("ul");
    for (i = 0; i < dip.length; i++) {
      li = elemen("li", "DIP: ");
      li.appendChild(tautan(dip[i].getAttribute("href"),
                            dip[i].getElementsByTagName("ringkasan")[0].textContent));
      ul.appendChild(li);
    }
    for (i = 0; i < arsip.length; i++) {
      li = elemen("li", "Arsip jawaban: ");
      li.appendChild(tautan(arsip[i].getAttribute("href"),
                            arsip[i].getElementsByTagName("teks")[0].textContent));
      ul.appendChild(li);
    }
    kotak.appendChild(ul);
  }

  function cari() {
    var q = rincian.value.trim();
    if (q.length < 3 || q === terakhir) {
      return;
    }
    terakhir = q;
    var ini = ++nomorMinta;
    fetch(sumber + "?q=" + encodeURIComponent(q.slice(0, 500)),
          {headers: {"Accept": "application/xml"}, credentials: "same-origin"})
      .then(function (r) { return r.ok ? r.text() : ""; })
      .then(function (t) {
        if (ini === nomorMinta && t) {
          tampilkan(new DOMParser().parseFromString(t, "application/xml"));
        }
      })
      .catch(function () { /* the suggestions are a help, not a step */ });
  }

  rincian.addEventListener("input", function () {
    clearTimeout(tunda);
    tunda = setTimeout(cari, 400);
  });
})();
