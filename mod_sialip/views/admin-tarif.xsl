<?xml version="1.0" encoding="UTF-8"?>
<!-- The copying and delivery tariff with the form to add a line (admin). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_admin-isian.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:if test="tarif_daftar/pesan">
      <div class="kotak info" role="status"><p><xsl:value-of select="tarif_daftar/pesan"/></p></div>
    </xsl:if>
    <p>Informasi publik diberikan tanpa biaya; yang dapat dikenakan hanya biaya
      penyalinan dan pengiriman menurut tarif ini.</p>
    <table class="daftar">
      <thead>
        <tr><th scope="col">Kode</th><th scope="col">Layanan</th><th scope="col">Harga</th>
          <th scope="col">Satuan</th><th scope="col">Status</th></tr>
      </thead>
      <tbody>
        <xsl:for-each select="tarif_daftar/tarif">
          <tr id="tarif-{@id}">
            <td><xsl:value-of select="kode"/></td>
            <td><a href="{$dasar}/admin/tarif/{@id}"><xsl:value-of select="nama"/></a></td>
            <td><xsl:value-of select="harga"/></td>
            <td><xsl:value-of select="satuan"/></td>
            <td><xsl:choose><xsl:when test="@aktif = '1'">Aktif</xsl:when><xsl:otherwise>Nonaktif</xsl:otherwise></xsl:choose></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <h2 id="tambah">Tambah tarif</h2>
    <xsl:call-template name="isian-ringkasan-galat"/>
    <form method="post" action="{$dasar}/admin/tarif" class="formulir" novalidate="novalidate">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">kode</xsl:with-param>
        <xsl:with-param name="label">Kode</xsl:with-param>
        <xsl:with-param name="bantuan">Huruf kecil, angka, atau tanda hubung, misalnya cetak-a3.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">nama</xsl:with-param>
        <xsl:with-param name="label">Nama layanan</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">satuan</xsl:with-param>
        <xsl:with-param name="label">Satuan</xsl:with-param>
        <xsl:with-param name="bantuan">Misalnya: lembar, keping, paket.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">harga</xsl:with-param>
        <xsl:with-param name="label">Harga per satuan (rupiah)</xsl:with-param>
      </xsl:call-template>
      <button type="submit">Tambah</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
