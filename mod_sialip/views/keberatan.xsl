<?xml version="1.0" encoding="UTF-8"?>
<!-- The citizen's receipt for an objection and its status. Printable. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_keberatan.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <p>Tanda terima keberatan atas permohonan nomor <xsl:value-of select="tanda_terima/keberatan/@permohonan"/>.
      Simpan nomor keberatan ini.</p>
    <xsl:apply-templates select="tanda_terima/keberatan"/>
  </xsl:template>
</xsl:stylesheet>
