<?xml version="1.0" encoding="UTF-8"?>
<!-- The citizen's objection form (UU 14/2008 Pasal 35-36). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="f" select="formulir"/>
    <p>Permohonan nomor <strong><xsl:value-of select="$f/@nomor"/></strong>. <xsl:value-of select="$f/jendela"/></p>
    <xsl:if test="$f/galat"><div class="kotak galat" role="alert"><p>Keberatan belum terkirim.</p></div></xsl:if>
    <form method="post" action="{$dasar}/permohonan/{$f/@nomor}/keberatan" class="formulir">
      <fieldset>
        <legend>Alasan keberatan (boleh lebih dari satu)</legend>
        <xsl:for-each select="$f/pilihan/opsi">
          <input type="checkbox" id="alasan-{@nilai}" name="alasan" value="{@nilai}">
            <xsl:if test="@dipilih"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
            <xsl:if test="@diajukan"><xsl:attribute name="disabled">disabled</xsl:attribute></xsl:if>
          </input>
          <label for="alasan-{@nilai}"><xsl:value-of select="@nilai"/>. <xsl:value-of select="."/><xsl:if test="@diajukan"> (sudah diajukan)</xsl:if></label><br/>
        </xsl:for-each>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk">alasan</xsl:with-param></xsl:call-template>
        <xsl:if test="$f/sebelumnya/keberatan">
          <p class="sebelumnya" id="keberatan-sebelumnya">Keberatan yang sudah Anda ajukan untuk permohonan ini:</p>
          <ul>
            <xsl:for-each select="$f/sebelumnya/keberatan">
              <li><a href="{$dasar}/keberatan/{@nomor}?kode={$f/kode}"><xsl:value-of select="@nomor"/></a>
                (alasan <xsl:for-each select="alasan/butir"><xsl:value-of select="@huruf"/><xsl:if test="position() != last()">, </xsl:if></xsl:for-each>;
                diterima <xsl:value-of select="diterima"/>)</li>
            </xsl:for-each>
          </ul>
        </xsl:if>
      </fieldset>
      <label for="uraian">Uraian keberatan</label>
      <textarea id="uraian" name="uraian" rows="5"><xsl:value-of select="$f/uraian"/></textarea>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk">uraian</xsl:with-param></xsl:call-template>
      <button type="submit">Ajukan keberatan</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
