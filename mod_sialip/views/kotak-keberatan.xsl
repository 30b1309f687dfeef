<?xml version="1.0" encoding="UTF-8"?>
<!-- The objection register for the Atasan PPID and PPID Utama. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <p><a href="{$dasar}/admin/keberatan?status=diterima">Belum diputus</a> ·
       <a href="{$dasar}/admin/keberatan?status=diputus">Sudah diputus</a> ·
       <a href="{$dasar}/admin/keberatan?status=musyawarah">Selesai musyawarah</a> ·
       <a href="{$dasar}/admin/keberatan">Semua</a><xsl:if test="$peran = 'ppid_utama'"> ·
       <a href="{$dasar}/admin/keberatan/baru">Catat keberatan (surat/datang)</a></xsl:if></p>
    <table>
      <thead><tr><th>Nomor</th><th>Permohonan</th><th>Diterima</th><th>Batas putusan</th><th>Alasan</th><th>Status</th></tr></thead>
      <tbody>
        <xsl:for-each select="daftar/keberatan">
          <tr>
            <xsl:if test="@tanda"><xsl:attribute name="class">tempo-<xsl:value-of select="@tanda"/></xsl:attribute></xsl:if>
            <td><xsl:value-of select="@nomor"/></td>
            <td><xsl:choose>
              <xsl:when test="@permohonan"><a href="{$dasar}/admin/permohonan/{@permohonan}#keberatan"><xsl:value-of select="@permohonan"/></a></xsl:when>
              <xsl:otherwise><a href="{$dasar}/admin/keberatan/{@nomor}">tanpa permohonan (alasan b)</a></xsl:otherwise>
            </xsl:choose></td>
            <td><xsl:value-of select="diterima"/></td>
            <td><xsl:value-of select="jatuh_tempo"/><xsl:if test="@tanda = 'lewat'"> <span class="label lewat">terlambat</span></xsl:if>
              <xsl:if test="batas_sengketa"><br/><span class="batas-sengketa">putusan terlambat: pemohon dapat ke Komisi Informasi sampai <xsl:value-of select="batas_sengketa"/></span></xsl:if></td>
            <td><xsl:for-each select="alasan/butir"><xsl:value-of select="@huruf"/>. <xsl:value-of select="."/><xsl:if test="position() != last()"><br/></xsl:if></xsl:for-each></td>
            <td><xsl:value-of select="status_teks"/><xsl:if test="putusan != ''"> (<xsl:value-of select="putusan"/>)</xsl:if></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <xsl:if test="not(daftar/keberatan)"><p class="kotak info">Tidak ada keberatan.</p></xsl:if>
  </xsl:template>
</xsl:stylesheet>
