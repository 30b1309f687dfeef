<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <p>Selamat datang, <strong class="nama-pengguna"><xsl:value-of select="konteks/pengguna/@nama"/></strong>.</p>
    <p>Peran Anda:</p>
    <ul class="peran">
      <xsl:for-each select="staf/peran/nama"><li><xsl:value-of select="."/></li></xsl:for-each>
    </ul>
    <xsl:if test="$alamat-inovasi">
      <p><a href="{$alamat-inovasi}/">Monitoring inovasi daerah</a></p>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
