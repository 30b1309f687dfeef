<?xml version="1.0" encoding="UTF-8"?>
<!-- The service page: maklumat pelayanan, how to request, time limits, costs. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <section class="kotak info">
      <h2>Maklumat pelayanan</h2>
      <p>Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan informasi
        publik sesuai standar layanan yang ditetapkan dan apabila tidak menepati
        janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan.</p>
    </section>
    <h2>Cara mengajukan permohonan</h2>
    <ol>
      <li>Isi <a href="{$dasar}/permohonan/baru">formulir permohonan informasi</a>:
        identitas, rincian informasi yang diminta, dan tujuan penggunaannya.
        Permohonan juga dapat disampaikan langsung, melalui surat, e-mail, atau
        telepon ke meja PPID Utama (Diskominfosatik).</li>
      <li>Simpan atau cetak <strong>tanda bukti penerimaan</strong> berisi nomor
        pendaftaran dan kode pelacakan. Kode hanya ditampilkan kepada Anda.</li>
      <li>Pantau permohonan di <a href="{$dasar}/lacak">Lacak permohonan</a>.</li>
    </ol>
    <h2>Jangka waktu</h2>
    <table>
      <tr><th>Pemberitahuan tertulis</th><td>paling lambat 10 hari kerja sejak permohonan diterima (UU 14/2008 Pasal 22 ayat 7)</td></tr>
      <tr><th>Perpanjangan</th><td>satu kali, paling lama 7 hari kerja, dengan alasan tertulis, diputuskan sebelum batas waktu pertama lewat (Pasal 22 ayat 8)</td></tr>
      <tr><th>Pengajuan keberatan</th><td>paling lambat 30 hari kerja setelah alasan keberatan timbul (Pasal 36 ayat 1)</td></tr>
      <tr><th>Tanggapan atasan PPID</th><td>paling lambat 30 hari kerja sejak keberatan dicatat (Pasal 36 ayat 2)</td></tr>
      <tr><th>Sengketa ke Komisi Informasi</th><td>paling lambat 14 hari kerja setelah tanggapan atasan PPID, atau setelah batas tanggapannya lewat (Pasal 37 ayat 2)</td></tr>
    </table>
    <p>Keberatan karena informasi berkala tidak disediakan tidak memerlukan permohonan:
      <a href="{$dasar}/keberatan/baru">ajukan keberatan informasi berkala</a>.</p>
    <p>Hari kerja adalah Senin sampai Jumat, kecuali libur nasional dan cuti
      bersama. Permohonan yang diterima pada hari libur atau setelah pukul
      <xsl:value-of select="layanan/jam_layanan"/> WIB dihitung sejak hari kerja
      berikutnya.</p>
    <h2>Biaya</h2>
    <p>Informasi publik diberikan <strong>tanpa biaya</strong>. Yang dapat
      dikenakan hanya biaya penggandaan dan pengiriman salinan sesuai tarif yang
      diumumkan.</p>
    <p>Tarif yang berlaku diumumkan di halaman <a href="{$dasar}/tarif">tarif
      salinan dan pengiriman</a>.</p>
    <h2>Informasi yang kami umumkan</h2>
    <ul class="tautan-publik">
      <li><a href="{$dasar}/dip">Daftar Informasi Publik</a> (informasi berkala,
        serta merta, dan tersedia setiap saat)</li>
      <li><a href="{$dasar}/arsip">Arsip jawaban permohonan informasi</a>: informasi yang
        sudah diberikan kepada pemohon lain, tanpa identitas pemohon</li>
      <li><a href="{$dasar}/dikecualikan">Daftar Informasi yang Dikecualikan</a>
        beserta uji konsekuensinya</li>
      <li><a href="{$dasar}/statistik">Statistik layanan informasi</a></li>
      <li><a href="{$dasar}/kepatuhan">Rapor kepatuhan OPD</a> (DIP dan ketepatan waktu
        setiap OPD)</li>
      <li><a href="{$dasar}/survei">Hasil survei kepuasan masyarakat</a></li>
      <li><a href="{$dasar}/laporan">Laporan tahunan dan ringkasan semester</a></li>
      <li><a href="{$dasar}/tarif">Tarif salinan dan pengiriman</a></li>
    </ul>
    <p><a class="tombol" href="{$dasar}/permohonan/baru">Ajukan permohonan</a></p>
    <h2>Data terbuka</h2>
    <p>Katalog data terbuka (DCAT, untuk portal Satu Data):
      <a href="{$dasar}/katalog.jsonld" type="application/ld+json">JSON-LD</a> ·
      <a href="{$dasar}/katalog.rdf" type="application/rdf+xml">RDF/XML</a>.</p>
  </xsl:template>
</xsl:stylesheet>
