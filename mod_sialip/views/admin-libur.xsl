<?xml version="1.0" encoding="UTF-8"?>
<!-- The holiday calendar of one year with the form to add a date (admin).
     Every change recomputes the deadlines of open requests. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_admin-isian.xsl"/>

  <xsl:variable name="h" select="/halaman/libur_daftar"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:if test="$h/@tahun_depan_belum">
      <div class="kotak peringatan" role="alert" id="kalender-tahun-depan"><p><strong>Kalender
        <xsl:value-of select="$h/@tahun_depan_belum"/> belum dimuat.</strong> Muat hari libur
        nasional dan cuti bersama tahun <xsl:value-of select="$h/@tahun_depan_belum"/> (SKB 3
        Menteri) segera: sampai itu, batas waktu yang jatuh pada tahun tersebut hanya melewati
        Sabtu dan Minggu dan ditandai sementara bagi pemohon dan petugas.</p></div>
    </xsl:if>
    <xsl:if test="$h/pesan">
      <div class="kotak info" role="status"><p><xsl:value-of select="$h/pesan"/></p></div>
    </xsl:if>
    <p>Libur nasional dan cuti bersama sesuai SKB 3 Menteri. Tanggal yang ditandai
      "tidak bekerja" tidak dihitung sebagai hari kerja; setiap perubahan langsung
      menghitung ulang batas waktu permohonan dan keberatan yang masih berjalan.</p>
    <nav class="tahun" aria-label="Tahun">Tahun:
      <xsl:for-each select="$h/tahun_ada/tahun">
        <xsl:text> </xsl:text>
        <xsl:choose>
          <xsl:when test=". = $h/@tahun"><strong><xsl:value-of select="."/></strong></xsl:when>
          <xsl:otherwise><a href="{$dasar}/admin/libur?tahun={.}"><xsl:value-of select="."/></a></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </nav>
    <xsl:choose>
      <xsl:when test="$h/libur">
        <table class="daftar">
          <thead>
            <tr><th scope="col">Tanggal</th><th scope="col">Nama</th><th scope="col">Jenis</th>
              <th scope="col">Hari kerja?</th><th scope="col">Dasar hukum</th></tr>
          </thead>
          <tbody>
            <xsl:for-each select="$h/libur">
              <tr id="libur-{@id}">
                <td><a href="{$dasar}/admin/libur/{@id}"><xsl:value-of select="tanggal_teks"/></a></td>
                <td><xsl:value-of select="nama"/></td>
                <td><xsl:value-of select="jenis"/></td>
                <td><xsl:choose><xsl:when test="libur = '1'">Tidak bekerja</xsl:when><xsl:otherwise>Tetap bekerja</xsl:otherwise></xsl:choose></td>
                <td><xsl:value-of select="dasar_hukum"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:when>
      <xsl:otherwise><p class="kotak">Belum ada hari libur untuk tahun <xsl:value-of select="$h/@tahun"/>.</p></xsl:otherwise>
    </xsl:choose>
    <h2 id="tambah">Tambah hari libur</h2>
    <xsl:call-template name="isian-ringkasan-galat"/>
    <form method="post" action="{$dasar}/admin/libur" class="formulir" novalidate="novalidate">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">tanggal</xsl:with-param>
        <xsl:with-param name="label">Tanggal</xsl:with-param>
        <xsl:with-param name="jenis">date</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-radio">
        <xsl:with-param name="nama">jenis</xsl:with-param>
        <xsl:with-param name="label">Jenis</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">nama</xsl:with-param>
        <xsl:with-param name="label">Nama hari libur</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">dasar_hukum</xsl:with-param>
        <xsl:with-param name="label">Dasar hukum (tidak wajib)</xsl:with-param>
        <xsl:with-param name="bantuan">Misalnya: SKB 3 Menteri Nomor ... Tahun ...</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-centang">
        <xsl:with-param name="nama">libur</xsl:with-param>
        <xsl:with-param name="label">Tidak bekerja (tidak dihitung sebagai hari kerja)</xsl:with-param>
      </xsl:call-template>
      <button type="submit">Tambah</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
