<?xml version="1.0" encoding="UTF-8"?>
<!-- Tanda bukti penerimaan and status: number, code, time received, the
     due date and why, the public history. Printable. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="p" select="permohonan"/>
    <section class="kotak">
      <h2>Tanda bukti penerimaan permohonan informasi</h2>
      <table>
        <tr><th>Nomor pendaftaran</th><td class="nomor"><xsl:value-of select="$p/@nomor"/></td></tr>
        <tr><th>Kode pelacakan</th><td class="kode"><xsl:value-of select="$p/kode"/></td></tr>
        <tr><th>Diterima</th><td><xsl:value-of select="$p/diterima"/></td></tr>
        <tr><th>Status</th><td><xsl:value-of select="$p/status"/></td></tr>
        <tr><th>Nama pemohon</th><td><xsl:value-of select="$p/nama"/> (<xsl:value-of select="$p/jenis_pemohon"/>)</td></tr>
        <tr><th>Informasi yang diminta</th><td><xsl:value-of select="$p/rincian"/></td></tr>
        <tr><th>Tujuan penggunaan</th><td><xsl:value-of select="$p/tujuan"/></td></tr>
        <tr><th>Cara memperoleh</th><td><xsl:value-of select="$p/cara_memperoleh"/></td></tr>
        <tr><th>Cara mendapatkan salinan</th><td><xsl:value-of select="$p/cara_salinan"/></td></tr>
        <tr><th>Saluran</th><td><xsl:value-of select="$p/kanal"/></td></tr>
      </table>
      <p class="tanpa-cetak">Simpan nomor dan kode ini: keduanya diperlukan untuk
        melacak permohonan dan mengajukan keberatan. Kode tidak dapat
        ditampilkan ulang tanpa nomor.</p>
    </section>
    <xsl:apply-templates select="$p/tenggat"/>
    <h2>Riwayat</h2>
    <ul class="riwayat">
      <xsl:for-each select="$p/riwayat/peristiwa">
        <li><xsl:value-of select="@waktu"/>: <xsl:value-of select="."/></li>
      </xsl:for-each>
    </ul>
    <p class="tanpa-cetak"><a href="{$dasar}/lacak">Lacak permohonan lain</a></p>
  </xsl:template>

  <xsl:template match="tenggat">
    <section class="kotak info tenggat">
      <h2>Batas waktu pemberitahuan tertulis</h2>
      <p>Paling lambat <strong class="jatuh-tempo"><xsl:value-of select="jatuh_tempo_teks"/></strong>:
        <xsl:value-of select="@hari_kerja"/> hari kerja dihitung sejak
        <xsl:value-of select="hari_nol_teks"/>.</p>
      <xsl:if test="@alasan_hari_nol = 'hari_libur'">
        <p>Permohonan diterima pada hari libur, sehingga dihitung sejak hari kerja berikutnya.</p>
      </xsl:if>
      <xsl:if test="@alasan_hari_nol = 'lewat_jam_layanan'">
        <p>Permohonan diterima setelah jam layanan berakhir, sehingga dihitung sejak hari kerja berikutnya.</p>
      </xsl:if>
      <xsl:if test="dilewati/hari">
        <p>Hari yang tidak dihitung:</p>
        <ul class="dilewati">
          <xsl:for-each select="dilewati/hari">
            <li><time datetime="{@tanggal}"><xsl:value-of select="@teks"/></time>:
                <xsl:choose>
                  <xsl:when test=". = 'Sabtu' or . = 'Minggu'">akhir pekan</xsl:when>
                  <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
                </xsl:choose>
              </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </section>
  </xsl:template>
</xsl:stylesheet>
