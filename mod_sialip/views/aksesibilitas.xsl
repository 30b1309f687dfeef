<?xml version="1.0" encoding="UTF-8"?>
<!-- The accessibility statement (Pernyataan aksesibilitas): the standard,
     how it is checked, known limits, other formats and help. Public. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <p>PPID Kabupaten Serang ingin layanan informasi publik ini dapat dipakai oleh
      setiap orang, termasuk penyandang disabilitas, pengguna pembaca layar,
      pengguna papan ketik tanpa tetikus, dan pengguna telepon genggam.</p>

    <h2 id="standar">Standar yang kami tuju</h2>
    <p>Halaman layanan informasi publik (<code>/ppid</code>) dan etalase inovasi
      daerah (<code>/inovasi</code>) ditujukan untuk memenuhi
      <strong>Web Content Accessibility Guidelines (WCAG) 2.1 tingkat AA</strong>
      dari W3C, sejalan dengan kewajiban penyediaan aksesibilitas bagi penyandang
      disabilitas dalam pelayanan publik (UU 8/2016).</p>
    <ul>
      <li>Setiap halaman dapat dipakai dengan papan ketik saja; tautan
        <em>Langsung ke isi halaman</em> di awal halaman melewati menu, dan elemen yang
        sedang dipilih selalu diberi garis fokus yang terlihat.</li>
      <li>Setiap kolom formulir memiliki label, dan pesan kesalahan ditampilkan di
        samping kolomnya tanpa menghapus isian Anda.</li>
      <li>Halaman memiliki bagian (kepala, menu, isi, kaki) dan judul yang dapat
        dikenali pembaca layar; bahasa halaman ditandai sebagai bahasa Indonesia.</li>
      <li>Kontras warna teks memenuhi rasio paling sedikit 4,5 : 1.</li>
      <li>Halaman dapat dibaca pada layar selebar 360 piksel tanpa menggeser ke
        samping.</li>
      <li>Formulir dan halaman status bekerja tanpa JavaScript.</li>
    </ul>

    <h2 id="pemeriksaan">Cara kami memeriksa</h2>
    <ul>
      <li>Setiap perubahan perangkat lunak diuji otomatis dengan
        <strong>axe-core</strong> di peramban sungguhan pada halaman-halaman utama
        untuk warga (layanan, formulir permohonan, tanda bukti, pelacakan, DIP,
        informasi dikecualikan, statistik, laporan, tarif, etalase dan profil
        inovasi, halaman masuk) dan untuk petugas. Pelanggaran WCAG 2.1 A/AA yang
        tergolong serius atau kritis menggagalkan pengujian.</li>
      <li>Pemeriksaan manual dengan papan ketik saja: urutan fokus, tautan
        <em>Langsung ke isi halaman</em>, pengisian dan pengiriman formulir.</li>
    </ul>

    <h2 id="keterbatasan">Keterbatasan yang diketahui</h2>
    <ul>
      <li>Dokumen yang diunggah oleh badan publik (misalnya hasil pindaian dalam
        bentuk PDF) belum tentu dapat dibaca pembaca layar. Mintalah versi lain
        seperti dijelaskan di bawah.</li>
      <li>Grafik pada statistik dan dasbor inovasi belum tentu terbaca oleh pembaca
        layar; angka yang sama tersedia sebagai tabel atau berkas XML/CSV.</li>
      <li>Pengujian otomatis tidak menemukan semua masalah; pemeriksaan dengan
        pembaca layar belum dilakukan pada setiap halaman.</li>
    </ul>

    <h2 id="bantuan">Meminta format lain atau bantuan</h2>
    <p>Anda dapat meminta informasi publik dalam <strong>huruf braille</strong>,
      <strong>cetakan huruf besar</strong>, <strong>rekaman suara</strong>, atau
      didampingi <strong>juru bahasa isyarat</strong>, serta meminta
      <strong>bantuan mengisi formulir</strong> permohonan atau keberatan.
      Permintaan ini tidak dikenakan biaya tambahan.</p>
    <ul>
      <li>Datang langsung, kirim surat, e-mail, atau telepon ke
        <strong>meja layanan PPID Utama</strong> (Dinas Komunikasi, Informatika,
        Persandian dan Statistik Kabupaten Serang) pada hari kerja. Petugas
        mencatat permohonan Anda dan memberikan tanda bukti yang sama dengan
        permohonan melalui situs ini.</li>
      <li>Atau isi <a href="{$dasar}/permohonan/baru">formulir permohonan</a> dan
        sebutkan format atau bantuan yang Anda perlukan dalam rincian informasi
        yang diminta.</li>
    </ul>
    <p>Jika Anda menemukan bagian situs yang sulit dipakai, beri tahu meja layanan
      PPID Utama: sebutkan alamat halaman dan kendalanya, agar dapat kami
      perbaiki.</p>
  </xsl:template>
</xsl:stylesheet>
