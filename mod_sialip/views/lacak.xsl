<?xml version="1.0" encoding="UTF-8"?>
<!-- The tracking form. A refusal comes back here with what was typed and
     the message beside its field (galat/@untuk: nomor, kode, or keduanya
     when the pair does not match). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="g" select="lacak/galat"/>
    <p>Masukkan nomor pendaftaran dan kode pelacakan yang tertera pada tanda bukti
      penerimaan.</p>
    <form method="post" action="{$dasar}/lacak" class="formulir sempit">
      <label for="nomor">Nomor pendaftaran</label>
      <input id="nomor" name="nomor" type="text" placeholder="2026-000123"
             value="{lacak/nomor}">
        <xsl:if test="$g/@untuk = 'nomor' or $g/@untuk = 'keduanya'">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby">galat-lacak</xsl:attribute>
          <xsl:attribute name="class">isian-salah</xsl:attribute>
        </xsl:if>
      </input>
      <xsl:if test="$g/@untuk = 'nomor'">
        <p class="galat-field" id="galat-lacak" role="alert"><xsl:value-of select="$g"/></p>
      </xsl:if>
      <label for="kode">Kode pelacakan</label>
      <input id="kode" name="kode" type="text" placeholder="XXXX-XXXX-XXXX-XXXX"
             autocomplete="off" value="{lacak/kode}">
        <xsl:if test="$g/@untuk = 'kode' or $g/@untuk = 'keduanya'">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby">galat-lacak</xsl:attribute>
          <xsl:attribute name="class">isian-salah</xsl:attribute>
        </xsl:if>
      </input>
      <xsl:if test="$g and not($g/@untuk = 'nomor')">
        <p class="galat-field" id="galat-lacak" role="alert"><xsl:value-of select="$g"/></p>
      </xsl:if>
      <button type="submit">Lacak</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
