<?xml version="1.0" encoding="UTF-8"?>
<!-- The years with requests, each with its annual report (page and XML)
     and its two semester summaries; public, and the staff menu's list. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <p>Laporan tahunan layanan informasi publik (Perki 1/2021 Pasal 56) disampaikan
      paling lambat 31 Maret tahun berikutnya. Laporan tahunan, ringkasan
      semester, dan XML-nya terbuka untuk publik.</p>
    <table>
      <thead><tr><th>Tahun</th><th>Laporan tahunan</th><th>Ringkasan semester</th></tr></thead>
      <tbody>
        <xsl:for-each select="daftar_laporan/tahun">
          <tr>
            <td><xsl:value-of select="@nilai"/></td>
            <td><xsl:choose>
                <xsl:when test="$boleh-laporan"><a href="{$dasar}/admin/laporan/{@nilai}">Halaman</a></xsl:when>
                <xsl:otherwise><a href="{$dasar}/laporan/{@nilai}">Halaman</a></xsl:otherwise>
              </xsl:choose> ·
              <a href="{$dasar}/laporan/{@nilai}.xml">XML</a></td>
            <td><a href="{$dasar}/laporan/{@nilai}/semester/1">Semester 1</a> ·
              <a href="{$dasar}/laporan/{@nilai}/semester/2">Semester 2</a></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <xsl:if test="not(daftar_laporan/tahun)"><p class="kotak info">Belum ada permohonan.</p></xsl:if>
    <p><a href="{$dasar}/statistik">Statistik layanan</a></p>
  </xsl:template>
</xsl:stylesheet>
