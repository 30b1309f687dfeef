<?xml version="1.0" encoding="UTF-8"?>
<!-- The OPD list with the form to add one (admin). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_admin-isian.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:if test="opd_daftar/pesan">
      <div class="kotak info" role="status"><p><xsl:value-of select="opd_daftar/pesan"/></p></div>
    </xsl:if>
    <table class="daftar">
      <thead>
        <tr><th scope="col">Kode</th><th scope="col">Nama</th><th scope="col">Singkatan</th>
          <th scope="col">Pengguna aktif</th><th scope="col">Status</th></tr>
      </thead>
      <tbody>
        <xsl:for-each select="opd_daftar/opd">
          <tr id="opd-{@id}">
            <td><xsl:value-of select="kode"/></td>
            <td><a href="{$dasar}/admin/opd/{@id}"><xsl:value-of select="nama"/></a></td>
            <td><xsl:value-of select="singkatan"/></td>
            <td><xsl:value-of select="pengguna_aktif"/></td>
            <td><xsl:choose><xsl:when test="@aktif = '1'">Aktif</xsl:when><xsl:otherwise>Nonaktif</xsl:otherwise></xsl:choose></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <h2 id="tambah">Tambah OPD</h2>
    <xsl:call-template name="isian-ringkasan-galat"/>
    <form method="post" action="{$dasar}/admin/opd" class="formulir" novalidate="novalidate">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">kode</xsl:with-param>
        <xsl:with-param name="label">Kode</xsl:with-param>
        <xsl:with-param name="bantuan">Huruf kecil, angka, atau tanda hubung; tidak dapat diubah kemudian.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">nama</xsl:with-param>
        <xsl:with-param name="label">Nama OPD</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">singkatan</xsl:with-param>
        <xsl:with-param name="label">Singkatan</xsl:with-param>
      </xsl:call-template>
      <button type="submit">Tambah</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
