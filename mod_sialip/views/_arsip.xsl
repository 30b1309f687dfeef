<?xml version="1.0" encoding="UTF-8"?>
<!-- What the archive's list and page show of a request (included). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template name="arsip-ringkas">
    <dl class="arsip-fakta">
      <dt>Perangkat daerah</dt>
      <dd class="opd">
        <xsl:choose>
          <xsl:when test="opd_daftar/opd">
            <xsl:for-each select="opd_daftar/opd">
              <xsl:if test="position() &gt; 1">; </xsl:if><xsl:value-of select="."/>
            </xsl:for-each>
          </xsl:when>
          <xsl:when test="string(opd)"><xsl:value-of select="opd"/></xsl:when>
          <xsl:otherwise>PPID Utama</xsl:otherwise>
        </xsl:choose>
      </dd>
      <dt>Diterima</dt>
      <dd><time datetime="{diterima/@iso}"><xsl:value-of select="diterima"/></time></dd>
      <dt>Pemberitahuan tertulis</dt>
      <dd><time datetime="{diputus/@iso}"><xsl:value-of select="diputus"/></time>
        (<xsl:value-of select="hari_kerja"/> hari kerja)</dd>
      <dt>Hasil</dt>
      <dd class="keputusan">
        <xsl:value-of select="keputusan"/>
        <xsl:if test="pasal17">
          <br/>UU 14/2008 Pasal 17 huruf <xsl:value-of select="pasal17/@huruf"/>:
          <xsl:value-of select="pasal17"/>
        </xsl:if>
      </dd>
    </dl>
  </xsl:template>
</xsl:stylesheet>
