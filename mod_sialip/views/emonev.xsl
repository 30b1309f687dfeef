<?xml version="1.0" encoding="UTF-8"?>
<!-- The e-Monev evidence pack (emonev.c): the six indicators of the KI's
     self-assessment, each with the public URL to paste and what is missing. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="e" select="emonev"/>
    <p>Bukti dukung kuesioner e-Monev Komisi Informasi (Perki 1/2022) tahun
      <xsl:value-of select="$e/@tahun"/>. Salin alamat setiap bukti ke kuesioner.
      <a href="{$dasar}/admin/emonev/{$e/@tahun}.xml">XML</a></p>
    <p><a class="tombol" href="{$e/@arsip}" download="">Unduh semua bukti (ZIP)</a>
      Berisi halaman ini (indeks) dan dokumen setiap bukti (HTML, XML, CSV) seperti
      yang dilihat publik. Tahun lain:
      <a href="{$dasar}/admin/emonev/{$e/@tahun - 1}"><xsl:value-of select="$e/@tahun - 1"/></a></p>
    <xsl:for-each select="$e/indikator">
      <section class="kotak indikator">
        <h2><xsl:value-of select="@no"/>. <xsl:value-of select="@nama"/></h2>
        <ul>
          <xsl:for-each select="bukti">
            <li class="bukti-{@status}">
              <strong><xsl:value-of select="@judul"/></strong>
              <xsl:choose>
                <xsl:when test="@status = 'ada'"> (tersedia)</xsl:when>
                <xsl:when test="@status = 'kurang'"> (belum lengkap)</xsl:when>
                <xsl:otherwise> (belum ada)</xsl:otherwise>
              </xsl:choose>
              <xsl:if test="@url"><br/><a class="url" href="{@url}"><xsl:value-of select="@url"/></a></xsl:if>
              <xsl:if test="normalize-space(text()) != ''"><br/><xsl:value-of select="text()"/></xsl:if>
              <xsl:if test="berkas">
                <br/>Dalam arsip:
                <xsl:for-each select="berkas">
                  <xsl:if test="position() &gt; 1">, </xsl:if>
                  <code class="berkas"><xsl:value-of select="@nama"/></code>
                </xsl:for-each>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:for-each>
    <h2>Yang belum ada atau belum lengkap</h2>
    <ul class="kurang">
      <xsl:for-each select="$e/indikator/bukti[@status != 'ada']">
        <li><xsl:value-of select="../@nama"/>: <xsl:value-of select="@judul"/></li>
      </xsl:for-each>
    </ul>
  </xsl:template>
</xsl:stylesheet>
