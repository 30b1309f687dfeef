<?xml version="1.0" encoding="UTF-8"?>
<!-- Staff accounts (admin). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:if test="pengguna_daftar/pesan">
      <div class="kotak info" role="status"><p><xsl:value-of select="pengguna_daftar/pesan"/></p></div>
    </xsl:if>
    <p><a class="tombol" href="{$dasar}/admin/pengguna/baru">Tambah pengguna</a></p>
    <table class="daftar susun">
      <thead>
        <tr><th scope="col">Nama pengguna</th><th scope="col">Nama</th><th scope="col">E-mail</th><th scope="col">OPD</th>
          <th scope="col">Peran</th><th scope="col">Status</th></tr>
      </thead>
      <tbody>
        <xsl:for-each select="pengguna_daftar/pengguna">
          <tr id="pengguna-{@id}">
            <td data-label="Nama pengguna"><a href="{$dasar}/admin/pengguna/{@id}"><xsl:value-of select="kode"/></a></td>
            <td data-label="Nama"><xsl:value-of select="nama"/></td>
            <td class="email" data-label="E-mail"><xsl:choose><xsl:when test="email != ''"><xsl:value-of select="email"/></xsl:when><xsl:otherwise>—</xsl:otherwise></xsl:choose></td>
            <td data-label="OPD"><xsl:value-of select="opd"/></td>
            <td data-label="Peran"><xsl:value-of select="peran"/></td>
            <td data-label="Status"><xsl:choose><xsl:when test="@aktif = '1'">Aktif</xsl:when><xsl:otherwise>Nonaktif</xsl:otherwise></xsl:choose></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>
</xsl:stylesheet>
