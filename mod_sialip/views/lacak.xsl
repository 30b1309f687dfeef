<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <p>Masukkan nomor pendaftaran dan kode pelacakan yang tertera pada tanda bukti
      penerimaan.</p>
    <xsl:if test="lacak/galat">
      <p class="kotak galat" role="alert"><xsl:value-of select="lacak/galat"/></p>
    </xsl:if>
    <form method="post" action="{$dasar}/lacak" class="formulir sempit">
      <label for="nomor">Nomor pendaftaran</label>
      <input id="nomor" name="nomor" type="text" placeholder="2026-000123"
             value="{lacak/nomor}"/>
      <label for="kode">Kode pelacakan</label>
      <input id="kode" name="kode" type="text" placeholder="XXXX-XXXX-XXXX-XXXX"
             autocomplete="off" value="{lacak/kode}"/>
      <button type="submit">Lacak</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
