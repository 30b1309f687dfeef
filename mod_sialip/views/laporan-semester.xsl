<?xml version="1.0" encoding="UTF-8"?>
<!-- The public semester summary (ringkasan akses informasi publik):
     requests, service time, granted, refused with reasons. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="laporan-tahunan.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="r" select="ringkasan_semester"/>
    <p><a href="{$dasar}/laporan/{$r/@tahun}/semester/{$r/@semester}.xml">Unduh XML</a> ·
      <a href="{$dasar}/statistik?tahun={$r/@tahun}">Statistik <xsl:value-of select="$r/@tahun"/></a></p>
    <xsl:apply-templates select="$r" mode="ringkas"/>
  </xsl:template>
</xsl:stylesheet>
