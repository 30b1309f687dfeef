<?xml version="1.0" encoding="UTF-8"?>
<!-- Renaming, deactivating or reactivating an OPD (admin). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_admin-isian.xsl"/>

  <xsl:variable name="o" select="/halaman/opd"/>

  <xsl:template match="halaman" mode="isi">
    <p><a href="{$dasar}/admin/opd">Kembali ke daftar OPD</a></p>
    <xsl:if test="$o/pesan">
      <div class="kotak info" role="status"><p><xsl:value-of select="$o/pesan"/></p></div>
    </xsl:if>
    <xsl:call-template name="isian-ringkasan-galat"/>
    <section class="kotak">
      <p>Kode: <strong><xsl:value-of select="$o/kode"/></strong> · Status:
        <strong class="status-opd"><xsl:choose><xsl:when test="$o/@aktif = '1'">Aktif</xsl:when><xsl:otherwise>Nonaktif</xsl:otherwise></xsl:choose></strong></p>
      <xsl:choose>
        <xsl:when test="$o/@aktif = '1'">
          <xsl:call-template name="tombol-aksi">
            <xsl:with-param name="aksi" select="concat($o/@aksi, '/nonaktifkan')"/>
            <xsl:with-param name="label">Nonaktifkan OPD</xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="tombol-aksi">
            <xsl:with-param name="aksi" select="concat($o/@aksi, '/aktifkan')"/>
            <xsl:with-param name="label">Aktifkan kembali</xsl:with-param>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </section>
    <form method="post" action="{$o/@aksi}" class="formulir" novalidate="novalidate">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">nama</xsl:with-param>
        <xsl:with-param name="label">Nama OPD</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">singkatan</xsl:with-param>
        <xsl:with-param name="label">Singkatan</xsl:with-param>
      </xsl:call-template>
      <button type="submit">Simpan</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
