<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <section class="kotak galat" role="alert">
      <p><xsl:value-of select="galat/pesan"/></p>
      <p><a href="{$dasar}/">Kembali ke halaman utama</a></p>
    </section>
  </xsl:template>
</xsl:stylesheet>
