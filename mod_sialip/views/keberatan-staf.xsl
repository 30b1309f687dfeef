<?xml version="1.0" encoding="UTF-8"?>
<!-- An objection without a request (ground b) for officers: the objector,
     the objection and the same forms as on a request's page. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="kotak-permohonan.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="p" select="permohonan"/>
    <xsl:if test="$p/galat"><div class="kotak galat" role="alert" id="ditolak"><p>Tindakan tidak dapat dilakukan: <xsl:value-of select="$p/galat"/></p></div></xsl:if>
    <section class="kotak">
      <h2>Pengaju</h2>
      <table>
        <tr><th>Nama</th><td><xsl:value-of select="$p/pengaju/nama"/></td></tr>
        <xsl:choose>
          <xsl:when test="$p/pengaju/alamat = 'dihapus'">
            <tr><th>NIK, alamat, telepon, e-mail</th><td><em>(dihapus sesuai retensi)</em></td></tr>
          </xsl:when>
          <xsl:otherwise>
        <tr><th>NIK</th><td><xsl:value-of select="$p/pengaju/nik"/></td></tr>
        <tr><th>Alamat</th><td><xsl:value-of select="$p/pengaju/alamat"/></td></tr>
        <tr><th>Telepon</th><td><xsl:value-of select="$p/pengaju/telepon"/></td></tr>
        <tr><th>E-mail</th><td><xsl:value-of select="$p/pengaju/email"/></td></tr>
          </xsl:otherwise>
        </xsl:choose>
        <tr><th>Pekerjaan</th><td><xsl:value-of select="$p/pengaju/pekerjaan"/></td></tr>
        <tr><th>Tujuan</th><td><xsl:value-of select="$p/pengaju/tujuan"/></td></tr>
      </table>
    </section>
    <section id="keberatan">
      <xsl:apply-templates select="$p/keberatan"/>
    </section>
  </xsl:template>
</xsl:stylesheet>
