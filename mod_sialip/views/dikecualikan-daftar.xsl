<?xml version="1.0" encoding="UTF-8"?>
<!-- The public Daftar Informasi yang Dikecualikan: each uji konsekuensi
     decision with its Pasal 17 letter, legal basis, consequence and term;
     an exemption past its end date is marked kedaluwarsa. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <p>Informasi di bawah ini dikecualikan dari keterbukaan berdasarkan uji
      konsekuensi (UU 14/2008 Pasal 17 dan Pasal 19). Pengecualian berdasarkan
      Pasal 17 huruf a sampai f tidak bersifat permanen; setelah jangka waktunya
      berakhir, informasi tersebut dapat dimohonkan. Lihat juga
      <a href="{$dasar}/dip">Daftar Informasi Publik</a>.
      <a href="{$dasar}/dikecualikan.xml">Unduh sebagai XML</a></p>
    <p><strong><xsl:value-of select="dikecualikan/@total"/></strong> informasi dikecualikan.</p>
    <xsl:choose>
      <xsl:when test="dikecualikan/entri">
        <xsl:for-each select="dikecualikan/entri">
          <article class="kotak entri-dikecualikan" id="dikecualikan-{@id}">
            <h2><xsl:value-of select="informasi"/></h2>
            <table>
              <tr><th scope="row">Perangkat daerah</th><td><xsl:value-of select="opd"/></td></tr>
              <tr><th scope="row">Dasar pengecualian</th><td>UU 14/2008 Pasal 17 huruf <xsl:value-of select="pasal17"/></td></tr>
              <tr><th scope="row">Dasar hukum</th><td><xsl:value-of select="dasar_hukum"/></td></tr>
              <tr><th scope="row">Konsekuensi bila dibuka</th><td><xsl:value-of select="konsekuensi"/></td></tr>
              <xsl:if test="kepentingan_publik != ''"><tr><th scope="row">Pertimbangan kepentingan publik</th><td class="kepentingan-publik"><xsl:value-of select="kepentingan_publik"/></td></tr></xsl:if>
              <xsl:if test="penetapan/diputuskan_oleh != ''">
                <tr><th scope="row">Diputuskan oleh</th><td><xsl:value-of select="penetapan/diputuskan_oleh"/> (<xsl:value-of select="penetapan/unit_pengolah"/>)</td></tr>
                <tr><th scope="row">Alasan penetapan</th><td><xsl:value-of select="penetapan/alasan"/></td></tr>
                <tr><th scope="row">Tempat penetapan</th><td><xsl:value-of select="penetapan/tempat"/></td></tr>
              </xsl:if>
              <xsl:if test="@seluruh_kabupaten"><tr><th scope="row">Cakupan</th><td>Seluruh perangkat daerah</td></tr></xsl:if>
              <tr><th scope="row">Jangka waktu</th><td><xsl:value-of select="jangka_waktu"/></td></tr>
              <tr><th scope="row">Masa berlaku</th>
                <td class="berlaku {berlaku/@status}">
                  <xsl:choose>
                    <xsl:when test="berlaku/@status = 'kedaluwarsa'"><span class="label lewat">Kedaluwarsa</span><xsl:text> </xsl:text></xsl:when>
                  </xsl:choose>
                  <xsl:value-of select="berlaku"/></td></tr>
              <tr><th scope="row">Ditetapkan</th><td><xsl:value-of select="ditetapkan"/></td></tr>
            </table>
          </article>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><p class="kotak">Belum ada informasi yang dikecualikan.</p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
