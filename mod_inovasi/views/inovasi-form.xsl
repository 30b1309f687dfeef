<?xml version="1.0" encoding="UTF-8"?>
<!-- The innovation profile form (Indeks Inovasi Daerah fields), new or
     edited; re-shown with the officer's values and an error beside each
     field that needs fixing. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_inovasi.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="f" select="formulir"/>
    <xsl:call-template name="menu-inovasi"/>
    <xsl:if test="$f/terdaftar">
      <div class="kotak info" role="status" id="terdaftar">
        <p>Inovasi <strong><xsl:value-of select="$f/terdaftar"/></strong> telah didaftarkan untuk
          <xsl:value-of select="$f/terdaftar/@opd"/>. Petugas inovasi perangkat daerah tersebut melengkapi indikator dan laporannya.</p>
      </div>
    </xsl:if>
    <xsl:if test="$f/galat">
      <div class="kotak galat" role="alert">
        <p>Profil belum tersimpan. Perbaiki isian yang ditandai di bawah ini.</p>
      </div>
    </xsl:if>
    <form method="post" class="formulir" novalidate="novalidate">
      <xsl:attribute name="action">
        <xsl:choose>
          <xsl:when test="$f/@id"><xsl:value-of select="concat($dasar, '/admin/inovasi/', $f/@id)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat($dasar, '/admin/inovasi')"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:call-template name="csrf"/>
      <xsl:choose>
        <xsl:when test="$f/pilihan[@untuk = 'opd_id']">
          <xsl:call-template name="pilih"><xsl:with-param name="nama">opd_id</xsl:with-param><xsl:with-param name="label">Perangkat daerah pemilik inovasi</xsl:with-param><xsl:with-param name="kosong">Pilih perangkat daerah</xsl:with-param><xsl:with-param name="bantuan">Anda mendaftarkan inovasi atas nama perangkat daerah ini; pendaftaran dicatat dalam riwayat.</xsl:with-param></xsl:call-template>
        </xsl:when>
        <xsl:otherwise><p>Perangkat daerah: <strong><xsl:value-of select="$f/opd"/></strong></p></xsl:otherwise>
      </xsl:choose>
      <fieldset>
        <legend>Identitas inovasi</legend>
        <xsl:call-template name="teks"><xsl:with-param name="nama">nama</xsl:with-param><xsl:with-param name="label">Nama inovasi</xsl:with-param></xsl:call-template>
        <xsl:call-template name="teks"><xsl:with-param name="nama">tahun</xsl:with-param><xsl:with-param name="label">Tahun</xsl:with-param></xsl:call-template>
        <xsl:call-template name="pilih"><xsl:with-param name="nama">bentuk</xsl:with-param><xsl:with-param name="label">Bentuk inovasi</xsl:with-param><xsl:with-param name="kosong">Pilih bentuk</xsl:with-param></xsl:call-template>
        <xsl:call-template name="pilih"><xsl:with-param name="nama">jenis</xsl:with-param><xsl:with-param name="label">Jenis inovasi</xsl:with-param><xsl:with-param name="kosong">Pilih jenis</xsl:with-param></xsl:call-template>
        <xsl:call-template name="pilih"><xsl:with-param name="nama">tahapan</xsl:with-param><xsl:with-param name="label">Tahapan</xsl:with-param><xsl:with-param name="kosong">Pilih tahapan</xsl:with-param></xsl:call-template>
        <xsl:call-template name="teks"><xsl:with-param name="nama">tanggal_uji_coba</xsl:with-param><xsl:with-param name="label">Tanggal mulai uji coba</xsl:with-param><xsl:with-param name="jenis">date</xsl:with-param><xsl:with-param name="bantuan">Wajib untuk tahapan uji coba dan penerapan.</xsl:with-param></xsl:call-template>
        <xsl:call-template name="teks"><xsl:with-param name="nama">tanggal_penerapan</xsl:with-param><xsl:with-param name="label">Tanggal mulai penerapan</xsl:with-param><xsl:with-param name="jenis">date</xsl:with-param><xsl:with-param name="bantuan">Wajib untuk tahapan penerapan.</xsl:with-param></xsl:call-template>
        <xsl:call-template name="pilih"><xsl:with-param name="nama">inisiator</xsl:with-param><xsl:with-param name="label">Inisiator</xsl:with-param><xsl:with-param name="kosong">Pilih inisiator</xsl:with-param></xsl:call-template>
        <xsl:call-template name="teks"><xsl:with-param name="nama">urusan</xsl:with-param><xsl:with-param name="label">Urusan pemerintahan</xsl:with-param><xsl:with-param name="bantuan">Contoh: kesehatan; administrasi kependudukan dan pencatatan sipil.</xsl:with-param></xsl:call-template>
      </fieldset>
      <fieldset>
        <legend>Isi inovasi</legend>
        <xsl:call-template name="area"><xsl:with-param name="nama">ringkasan</xsl:with-param><xsl:with-param name="label">Ringkasan (tampil di etalase)</xsl:with-param></xsl:call-template>
        <xsl:call-template name="area"><xsl:with-param name="nama">rancang_bangun</xsl:with-param><xsl:with-param name="label">Rancang bangun</xsl:with-param><xsl:with-param name="bantuan">Masalah yang dijawab dan perubahan utama yang dilakukan.</xsl:with-param></xsl:call-template>
        <xsl:call-template name="area"><xsl:with-param name="nama">tujuan</xsl:with-param><xsl:with-param name="label">Tujuan</xsl:with-param></xsl:call-template>
        <xsl:call-template name="area"><xsl:with-param name="nama">manfaat</xsl:with-param><xsl:with-param name="label">Manfaat</xsl:with-param></xsl:call-template>
        <xsl:call-template name="area"><xsl:with-param name="nama">hasil</xsl:with-param><xsl:with-param name="label">Hasil inovasi</xsl:with-param><xsl:with-param name="bantuan">Wajib untuk tahapan penerapan.</xsl:with-param></xsl:call-template>
        <xsl:call-template name="teks"><xsl:with-param name="nama">anggaran</xsl:with-param><xsl:with-param name="label">Anggaran (rupiah)</xsl:with-param><xsl:with-param name="bantuan">Contoh 150.000.000 atau Rp 150.000.000 (titik ribuan boleh). Kosongkan bila tanpa anggaran khusus.</xsl:with-param></xsl:call-template>
        <xsl:call-template name="pilih"><xsl:with-param name="nama">dasar_hukum_jenis</xsl:with-param><xsl:with-param name="label">Dasar hukum</xsl:with-param><xsl:with-param name="kosong">Belum ada</xsl:with-param></xsl:call-template>
        <xsl:call-template name="teks"><xsl:with-param name="nama">dasar_hukum_nomor</xsl:with-param><xsl:with-param name="label">Nomor dasar hukum</xsl:with-param><xsl:with-param name="bantuan">Contoh: 12 Tahun 2026.</xsl:with-param></xsl:call-template>
      </fieldset>
      <fieldset>
        <legend>Narahubung</legend>
        <xsl:call-template name="teks"><xsl:with-param name="nama">kontak_nama</xsl:with-param><xsl:with-param name="label">Nama narahubung</xsl:with-param><xsl:with-param name="bantuan">Nama tampil di halaman publik; telepon dan e-mail hanya untuk petugas.</xsl:with-param></xsl:call-template>
        <xsl:call-template name="teks"><xsl:with-param name="nama">kontak_telepon</xsl:with-param><xsl:with-param name="label">Telepon</xsl:with-param><xsl:with-param name="jenis">tel</xsl:with-param></xsl:call-template>
        <xsl:call-template name="teks"><xsl:with-param name="nama">kontak_email</xsl:with-param><xsl:with-param name="label">E-mail</xsl:with-param><xsl:with-param name="jenis">email</xsl:with-param></xsl:call-template>
      </fieldset>
      <fieldset>
        <legend>Replikasi (Amati, Tiru, Modifikasi)</legend>
        <xsl:call-template name="radio"><xsl:with-param name="nama">replikasi</xsl:with-param><xsl:with-param name="label">Apakah inovasi ini meniru inovasi lain?</xsl:with-param></xsl:call-template>
        <xsl:call-template name="pilih"><xsl:with-param name="nama">sumber_inovasi_id</xsl:with-param><xsl:with-param name="label">Inovasi sumber di Kabupaten Serang</xsl:with-param><xsl:with-param name="kosong">Pilih inovasi sumber</xsl:with-param><xsl:with-param name="bantuan">Untuk replikasi inovasi di Kabupaten Serang.</xsl:with-param></xsl:call-template>
        <xsl:call-template name="teks"><xsl:with-param name="nama">sumber_nama</xsl:with-param><xsl:with-param name="label">Nama inovasi sumber (daerah lain)</xsl:with-param></xsl:call-template>
        <xsl:call-template name="teks"><xsl:with-param name="nama">sumber_daerah</xsl:with-param><xsl:with-param name="label">Daerah asal inovasi sumber</xsl:with-param></xsl:call-template>
        <xsl:call-template name="pilih"><xsl:with-param name="nama">replikasi_cara</xsl:with-param><xsl:with-param name="label">Cara replikasi</xsl:with-param><xsl:with-param name="kosong">Pilih cara</xsl:with-param></xsl:call-template>
        <xsl:call-template name="area"><xsl:with-param name="nama">replikasi_perubahan</xsl:with-param><xsl:with-param name="label">Yang diubah dari inovasi sumber</xsl:with-param><xsl:with-param name="bantuan">Wajib untuk tiru dengan modifikasi.</xsl:with-param></xsl:call-template>
      </fieldset>
      <button type="submit">Simpan profil</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
