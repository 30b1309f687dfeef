<?xml version="1.0" encoding="UTF-8"?>
<!-- The public archive of answered requests (arsip.c): the texts officers
     published, searchable by words, OPD, outcome and year, paged. Never
     the applicant's identity. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_admin-isian.xsl"/>
  <xsl:include href="_arsip.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <p>Jawaban atas permohonan informasi yang sudah diputus kami terbitkan di sini,
      agar informasi yang sudah diberikan kepada satu pemohon dapat dibaca semua orang.
      Identitas pemohon tidak pernah ditampilkan. Sebelum mengajukan permohonan baru,
      periksa dulu apakah informasi yang Anda cari sudah pernah diminta.</p>
    <form method="get" action="{$dasar}/arsip" class="formulir saring" role="search">
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">q</xsl:with-param>
        <xsl:with-param name="label">Cari kata dalam permohonan</xsl:with-param>
        <xsl:with-param name="jenis">search</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-pilih">
        <xsl:with-param name="nama">opd</xsl:with-param>
        <xsl:with-param name="label">Perangkat daerah</xsl:with-param>
        <xsl:with-param name="kosong">Semua perangkat daerah</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-pilih">
        <xsl:with-param name="nama">keputusan</xsl:with-param>
        <xsl:with-param name="label">Hasil</xsl:with-param>
        <xsl:with-param name="kosong">Semua hasil</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-pilih">
        <xsl:with-param name="nama">tahun</xsl:with-param>
        <xsl:with-param name="label">Tahun permohonan</xsl:with-param>
        <xsl:with-param name="kosong">Semua tahun</xsl:with-param>
      </xsl:call-template>
      <button type="submit">Cari</button>
    </form>

    <p class="jumlah-hasil"><xsl:if test="arsip/@lebih">Lebih dari </xsl:if><strong><xsl:value-of select="arsip/@total"/></strong> permohonan
      ditemukan<xsl:if test="arsip/@lebih">; yang terbaru ditampilkan, persempit pencarian dengan
      kata lain atau saringan</xsl:if>. <a href="{arsip/@xml}">Unduh daftar ini sebagai XML</a></p>
    <xsl:choose>
      <xsl:when test="arsip/permohonan">
        <xsl:apply-templates select="arsip/permohonan"/>
      </xsl:when>
      <xsl:otherwise>
        <p class="kotak">Tidak ada permohonan di arsip yang cocok dengan pencarian ini.
          <a href="{$dasar}/permohonan/baru">Ajukan permohonan informasi</a>.</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="arsip/halaman_daftar"/>
  </xsl:template>

  <xsl:template match="permohonan">
    <article class="kotak entri-arsip" id="arsip-{@nomor}">
      <h2><a href="{@href}">Permohonan <xsl:value-of select="@nomor"/></a></h2>
      <p class="teks-arsip"><xsl:value-of select="teks"/><xsl:if test="teks/@terpotong"> …</xsl:if></p>
      <xsl:call-template name="arsip-ringkas"/>
    </article>
  </xsl:template>
</xsl:stylesheet>
