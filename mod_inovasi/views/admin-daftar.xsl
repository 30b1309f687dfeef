<?xml version="1.0" encoding="UTF-8"?>
<!-- The innovations in the user's scope. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_inovasi.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="d" select="daftar"/>
    <xsl:call-template name="menu-inovasi"/>
    <xsl:if test="$d/@boleh_buat">
      <p><a class="tombol" href="{$dasar}/admin/inovasi/baru">Tambah inovasi</a></p>
    </xsl:if>
    <form method="get" action="{$dasar}/admin/" class="formulir sempit">
      <label for="tahun">Tahun</label>
      <select id="tahun" name="tahun">
        <option value="">Semua tahun</option>
        <xsl:for-each select="$d/tahun-ada/tahun">
          <option value="{.}">
            <xsl:if test=". = $d/@tahun"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            <xsl:value-of select="."/>
          </option>
        </xsl:for-each>
      </select>
      <button type="submit">Tampilkan</button>
    </form>
    <xsl:choose>
      <xsl:when test="$d/item">
        <table class="daftar">
          <tr><th>Tahun</th><th>OPD</th><th>Nama</th><th>Tahapan</th><th>Indikator</th><th>Etalase</th></tr>
          <xsl:for-each select="$d/item">
            <tr>
              <td><xsl:value-of select="tahun"/></td>
              <td><xsl:value-of select="opd"/></td>
              <td><a href="{$dasar}/admin/inovasi/{@id}"><xsl:value-of select="nama"/></a></td>
              <td><xsl:value-of select="tahapan"/></td>
              <td><xsl:value-of select="@indikator"/></td>
              <td><xsl:choose><xsl:when test="@terbit = '1'">dipublikasikan</xsl:when><xsl:otherwise>belum</xsl:otherwise></xsl:choose></td>
            </tr>
          </xsl:for-each>
        </table>
      </xsl:when>
      <xsl:otherwise><p class="kotak info">Belum ada inovasi.</p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
