<?xml version="1.0" encoding="UTF-8"?>
<!-- IID evidence computed from SIALIP's own PPID data, each figure with its
     source and the level it reaches on the seeded catalogue's wording. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_inovasi.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="d" select="iid-ppid"/>
    <xsl:call-template name="menu-inovasi"/>
    <p><a href="{$dasar}/admin/iid/{$d/@tahun}">Katalog IID <xsl:value-of select="$d/@tahun"/></a></p>
    <div class="kotak info">
      <p>Angka berikut dihitung dari data layanan informasi publik (PPID) di SIALIP, bukan diketik.
        Tingkat mengikuti uraian katalog; periksa dengan katalog tahun berjalan sebelum diajukan.
        Hasil survei kepuasan (SKM) belum tercatat di SIALIP.</p>
    </div>
    <table id="ukuran-ppid">
      <tr><th>No.</th><th>Indikator</th><th>Nilai</th><th>Tingkat</th><th>Sumber</th></tr>
      <xsl:for-each select="$d/ukuran">
        <tr><td><xsl:value-of select="@nomor"/></td><td><xsl:value-of select="nama"/></td>
          <td><xsl:choose><xsl:when test="@nilai"><xsl:value-of select="translate(@nilai, '.', ',')"/></xsl:when><xsl:otherwise>belum ada data</xsl:otherwise></xsl:choose></td>
          <td><xsl:value-of select="@level"/></td><td><xsl:value-of select="sumber"/></td></tr>
      </xsl:for-each>
    </table>
    <h2>Saluran permohonan</h2>
    <ul>
      <xsl:for-each select="$d/kanal"><li><xsl:value-of select="."/>: <xsl:value-of select="@jumlah"/></li></xsl:for-each>
    </ul>
  </xsl:template>
</xsl:stylesheet>
