<?xml version="1.0" encoding="UTF-8"?>
<!-- The officer's exempt-list entries (PPID Pelaksana: its OPD's). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:if test="dikecualikan/pesan">
      <div class="kotak info" role="status"><p><xsl:value-of select="dikecualikan/pesan"/></p></div>
    </xsl:if>
    <p><a class="tombol" href="{$dasar}/admin/dikecualikan/baru">Tambah informasi yang dikecualikan</a>
      <xsl:text> </xsl:text><a href="{$dasar}/dikecualikan">Lihat daftar publik</a></p>
    <p><strong><xsl:value-of select="dikecualikan/@total"/></strong> entri.</p>
    <xsl:if test="dikecualikan/entri">
      <table class="daftar">
        <thead>
          <tr><th scope="col">Informasi</th>
            <xsl:if test="dikecualikan/@semua_opd"><th scope="col">OPD</th></xsl:if>
            <th scope="col">Pasal 17</th><th scope="col">Masa berlaku</th></tr>
        </thead>
        <tbody>
          <xsl:for-each select="dikecualikan/entri">
            <tr>
              <td><a href="{$dasar}/admin/dikecualikan/{@id}"><xsl:value-of select="informasi"/></a></td>
              <xsl:if test="../@semua_opd"><td><xsl:value-of select="opd"/></td></xsl:if>
              <td>huruf <xsl:value-of select="pasal17/@huruf"/></td>
              <td class="berlaku {berlaku/@status}"><xsl:value-of select="berlaku"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
