<?xml version="1.0" encoding="UTF-8"?>
<!-- Editing, deactivating or reactivating a tariff line (admin). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_admin-isian.xsl"/>

  <xsl:variable name="t" select="/halaman/tarif"/>

  <xsl:template match="halaman" mode="isi">
    <p><a href="{$dasar}/admin/tarif">Kembali ke daftar tarif</a></p>
    <xsl:if test="$t/pesan">
      <div class="kotak info" role="status"><p><xsl:value-of select="$t/pesan"/></p></div>
    </xsl:if>
    <xsl:call-template name="isian-ringkasan-galat"/>
    <section class="kotak">
      <p>Kode: <strong><xsl:value-of select="$t/kode"/></strong> · Status:
        <strong class="status-tarif"><xsl:choose><xsl:when test="$t/@aktif = '1'">Aktif</xsl:when><xsl:otherwise>Nonaktif</xsl:otherwise></xsl:choose></strong></p>
      <xsl:choose>
        <xsl:when test="$t/@aktif = '1'">
          <xsl:call-template name="tombol-aksi">
            <xsl:with-param name="aksi" select="concat($t/@aksi, '/nonaktifkan')"/>
            <xsl:with-param name="label">Nonaktifkan tarif</xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="tombol-aksi">
            <xsl:with-param name="aksi" select="concat($t/@aksi, '/aktifkan')"/>
            <xsl:with-param name="label">Aktifkan kembali</xsl:with-param>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </section>
    <form method="post" action="{$t/@aksi}" class="formulir" novalidate="novalidate">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">nama</xsl:with-param>
        <xsl:with-param name="label">Nama layanan</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">satuan</xsl:with-param>
        <xsl:with-param name="label">Satuan</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">harga</xsl:with-param>
        <xsl:with-param name="label">Harga per satuan (rupiah)</xsl:with-param>
      </xsl:call-template>
      <button type="submit">Simpan</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
