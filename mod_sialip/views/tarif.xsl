<?xml version="1.0" encoding="UTF-8"?>
<!-- The published copying and delivery tariff (public). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <p>Informasi publik diberikan <strong>tanpa biaya</strong>. Yang dapat
      dikenakan hanya biaya penyalinan dan pengiriman salinan, paling banyak
      menurut tarif di bawah ini. Biaya pada pemberitahuan tertulis dirinci per
      butir tarif. Bila biaya yang dikenakan tidak wajar, Anda dapat mengajukan
      keberatan (UU 14/2008 Pasal 35 ayat 1 huruf f).
      <a href="{$dasar}/tarif.xml">Unduh sebagai XML</a></p>
    <xsl:choose>
      <xsl:when test="tarif/butir">
        <table class="daftar" id="tarif">
          <thead>
            <tr><th scope="col">Layanan</th><th scope="col">Harga</th><th scope="col">Satuan</th></tr>
          </thead>
          <tbody>
            <xsl:for-each select="tarif/butir">
              <tr id="tarif-{@kode}">
                <td><xsl:value-of select="nama"/></td>
                <td><xsl:value-of select="harga"/></td>
                <td>per <xsl:value-of select="satuan"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:when>
      <xsl:otherwise><p class="kotak">Tidak ada biaya yang dikenakan.</p></xsl:otherwise>
    </xsl:choose>
    <p><a href="{$dasar}/">Kembali ke layanan informasi</a></p>
  </xsl:template>
</xsl:stylesheet>
