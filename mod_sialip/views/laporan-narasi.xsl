<?xml version="1.0" encoding="UTF-8"?>
<!-- The annual report's narrative sections; saved as drafts, then submitted
     once (frozen). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="n" select="narasi"/>
    <p><a href="{$dasar}/admin/laporan/{$n/@tahun}">Laporan tahun <xsl:value-of select="$n/@tahun"/></a></p>
    <xsl:if test="$n/pesan"><div class="kotak info" role="status"><p><xsl:value-of select="$n/pesan"/></p></div></xsl:if>
    <xsl:call-template name="galat-field"><xsl:with-param name="untuk">aksi</xsl:with-param></xsl:call-template>
    <xsl:choose>
      <xsl:when test="$n/@diajukan">
        <p class="kotak info">Diajukan pada <xsl:value-of select="$n/@diajukan"/>
          <xsl:if test="$n/@terlambat = '1'"> (setelah batas <xsl:value-of select="$n/@batas"/>)</xsl:if>;
          laporan ini dibekukan.</p>
        <xsl:for-each select="$n/bagian"><h2><xsl:value-of select="@judul"/></h2><p><xsl:value-of select="."/></p></xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <p>Batas pengajuan: <xsl:value-of select="$n/@batas"/> (Perki 1/2021 Pasal 56). Setelah
          diajukan, laporan dan angkanya dibekukan.</p>
        <form method="post" action="{$dasar}/admin/laporan/{$n/@tahun}/narasi" class="formulir">
          <xsl:call-template name="csrf"/>
          <xsl:for-each select="$n/bagian">
            <label for="{@nama}"><xsl:value-of select="@judul"/></label>
            <textarea id="{@nama}" name="{@nama}" rows="4"><xsl:value-of select="."/></textarea>
            <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="@nama"/></xsl:call-template>
          </xsl:for-each>
          <button type="submit" name="aksi" value="simpan">Simpan draf</button>
          <xsl:if test="$n/@dapat_diajukan">
            <xsl:text> </xsl:text><button type="submit" name="aksi" value="ajukan">Ajukan laporan (final)</button>
          </xsl:if>
        </form>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
