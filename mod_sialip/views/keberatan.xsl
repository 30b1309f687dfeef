<?xml version="1.0" encoding="UTF-8"?>
<!-- The citizen's receipt for an objection and its status. Printable. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_keberatan.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:choose>
      <xsl:when test="tanda_terima/keberatan/@permohonan">
        <p>Tanda terima keberatan atas permohonan nomor <xsl:value-of select="tanda_terima/keberatan/@permohonan"/>.
          Simpan nomor keberatan ini.</p>
      </xsl:when>
      <xsl:otherwise>
        <p>Tanda terima keberatan karena informasi berkala tidak disediakan (UU 14/2008 Pasal 35 ayat 1 huruf b).
          Simpan nomor dan kode pelacakan <strong class="kode"><xsl:value-of select="tanda_terima/kode"/></strong>;
          keduanya diperlukan untuk melihat status keberatan.</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="tanda_terima/keberatan"/>
  </xsl:template>
</xsl:stylesheet>
