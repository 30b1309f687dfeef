<?xml version="1.0" encoding="UTF-8"?>
<!-- The public showcase of published innovations. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:choose>
      <xsl:when test="inovasi/item">
        <ul class="etalase">
          <xsl:for-each select="inovasi/item">
            <li>
              <h2><xsl:value-of select="nama"/></h2>
              <p><xsl:value-of select="opd"/> · <xsl:value-of select="tahun"/></p>
              <p><xsl:value-of select="ringkasan"/></p>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p class="kotak info">Belum ada inovasi yang dipublikasikan.</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
