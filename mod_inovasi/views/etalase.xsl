<?xml version="1.0" encoding="UTF-8"?>
<!-- The public showcase of published innovations, filterable by OPD, form
     and year, each with its achievement. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_inovasi.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="s" select="inovasi/saring"/>
    <p>Inovasi perangkat daerah Kabupaten Serang yang telah dinilai dan dipublikasikan
      Bappeda. Data terbuka: <a href="{$dasar}/ekspor.xml">unduh XML</a>.</p>
    <form method="get" action="{$dasar}/" class="formulir saring">
      <label for="opd">Perangkat daerah</label>
      <select id="opd" name="opd">
        <option value="">Semua perangkat daerah</option>
        <xsl:for-each select="$s/opd">
          <option value="{@id}">
            <xsl:if test="@id = $s/@opd"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            <xsl:value-of select="."/>
          </option>
        </xsl:for-each>
      </select>
      <label for="bentuk">Bentuk inovasi</label>
      <select id="bentuk" name="bentuk">
        <option value="">Semua bentuk</option>
        <xsl:for-each select="$s/pilihan[@untuk = 'bentuk']/opsi">
          <option value="{@nilai}">
            <xsl:if test="@nilai = $s/@bentuk"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            <xsl:value-of select="."/>
          </option>
        </xsl:for-each>
      </select>
      <label for="tahun">Tahun</label>
      <select id="tahun" name="tahun">
        <option value="">Semua tahun</option>
        <xsl:for-each select="$s/tahun">
          <option value="{.}">
            <xsl:if test=". = $s/@tahun"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            <xsl:value-of select="."/>
          </option>
        </xsl:for-each>
      </select>
      <button type="submit">Tampilkan</button>
    </form>
    <xsl:choose>
      <xsl:when test="inovasi/daftar/item">
        <p><xsl:value-of select="inovasi/daftar/@jumlah"/> inovasi.</p>
        <ul class="etalase">
          <xsl:for-each select="inovasi/daftar/item">
            <li>
              <h2><a href="{$dasar}/{@id}"><xsl:value-of select="nama"/></a></h2>
              <p><xsl:value-of select="opd"/> · <xsl:value-of select="tahun"/> ·
                <xsl:value-of select="bentuk"/> · <xsl:value-of select="jenis"/> ·
                tahap <xsl:value-of select="tahapan"/></p>
              <p><xsl:value-of select="ringkasan"/></p>
              <p>Capaian:
                <xsl:call-template name="persen"><xsl:with-param name="n" select="capaian/@nilai"/></xsl:call-template>
                <xsl:if test="capaian/@predikat"> · <xsl:value-of select="capaian/@predikat"/></xsl:if></p>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p class="kotak info">
          <xsl:choose>
            <xsl:when test="string($s/@opd) != '0' or string($s/@bentuk) != '' or $s/@tahun">Tidak ada inovasi yang dipublikasikan untuk pilihan ini.</xsl:when>
            <xsl:otherwise>Belum ada inovasi yang dipublikasikan.</xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
