<?xml version="1.0" encoding="UTF-8"?>
<!-- The request register (buku register permohonan informasi) for staff:
     filters, one page of rows with every register column, and the whole
     selection as CSV (Excel, Indonesian settings) or XML. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>

  <xsl:template name="pilih-bulan">
    <xsl:param name="nama"/>
    <xsl:param name="dipilih"/>
    <select id="{$nama}" name="{$nama}">
      <xsl:for-each select="/halaman/register/pilihan[@untuk = 'bulan']/opsi">
        <option value="{@nilai}">
          <xsl:if test="@nilai = $dipilih"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
          <xsl:value-of select="."/>
        </option>
      </xsl:for-each>
    </select>
  </xsl:template>

  <xsl:template name="saring">
    <xsl:param name="alamat"/>
    <xsl:variable name="s" select="register/saring"/>
    <form method="get" action="{$alamat}" class="formulir saring">
      <label for="tahun">Tahun</label>
      <input id="tahun" name="tahun" type="text" inputmode="numeric" value="{$s/@tahun}"/>
      <label for="bulan_dari">Dari bulan</label>
      <xsl:call-template name="pilih-bulan"><xsl:with-param name="nama">bulan_dari</xsl:with-param><xsl:with-param name="dipilih" select="$s/@bulan_dari"/></xsl:call-template>
      <label for="bulan_sampai">Sampai bulan</label>
      <xsl:call-template name="pilih-bulan"><xsl:with-param name="nama">bulan_sampai</xsl:with-param><xsl:with-param name="dipilih" select="$s/@bulan_sampai"/></xsl:call-template>
      <label for="opd">OPD</label>
      <select id="opd" name="opd">
        <option value="">Semua</option>
        <xsl:for-each select="register/daftar_opd/opd">
          <option value="{@id}"><xsl:if test="@id = $s/@opd"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="."/></option>
        </xsl:for-each>
      </select>
      <label for="status">Status</label>
      <select id="status" name="status">
        <option value="">Semua</option>
        <xsl:for-each select="register/pilihan[@untuk = 'status']/opsi">
          <option value="{@nilai}"><xsl:if test="@nilai = $s/@status"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="."/></option>
        </xsl:for-each>
      </select>
      <button type="submit">Saring</button>
    </form>
    <p>
      <xsl:value-of select="$s/@jumlah"/> baris.
      Unduh seluruhnya: <a href="{$alamat}.csv?{$s/@kueri}">CSV (Excel)</a> ·
      <a href="{$alamat}.xml?{$s/@kueri}">XML</a>
    </p>
  </xsl:template>

  <xsl:template name="halaman-lain">
    <xsl:param name="alamat"/>
    <xsl:variable name="s" select="register/saring"/>
    <nav class="halaman">
      <xsl:if test="$s/@sebelumnya"><a rel="prev" href="{$alamat}?{$s/@kueri}&amp;halaman={$s/@sebelumnya}">Sebelumnya</a></xsl:if>
      <xsl:text> Halaman </xsl:text><xsl:value-of select="$s/@halaman"/><xsl:text> </xsl:text>
      <xsl:if test="$s/@berikutnya"><a rel="next" href="{$alamat}?{$s/@kueri}&amp;halaman={$s/@berikutnya}">Berikutnya</a></xsl:if>
    </nav>
  </xsl:template>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="alamat" select="concat($dasar, '/admin/register/permohonan')"/>
    <p><a href="{$dasar}/admin/register/permohonan">Register permohonan</a> ·
      <a href="{$dasar}/admin/register/keberatan">Register keberatan</a> ·
      <a href="{$dasar}/admin/laporan">Laporan</a></p>
    <xsl:call-template name="saring"><xsl:with-param name="alamat" select="$alamat"/></xsl:call-template>
    <table class="register">
      <thead>
        <tr><th>No</th><th>Nomor dan tanggal</th><th>Pemohon</th><th>Permintaan</th>
          <th>Pemberitahuan tertulis</th><th>Proses</th></tr>
      </thead>
      <tbody>
        <xsl:for-each select="register/daftar/permohonan">
          <tr>
            <td><xsl:value-of select="@no"/></td>
            <td><a href="{$dasar}/admin/permohonan/{@nomor}"><xsl:value-of select="@nomor"/></a><br/>
              <xsl:call-template name="tanggal"><xsl:with-param name="iso" select="translate(substring(diterima, 1, 16), 'T', ' ')"/></xsl:call-template> WIB</td>
            <td><xsl:value-of select="pemohon/nama"/><br/>
              <xsl:choose>
                <xsl:when test="pemohon/alamat = 'dihapus'"><em>(dihapus sesuai retensi)</em><br/></xsl:when>
                <xsl:otherwise>
              <xsl:value-of select="pemohon/alamat"/><br/>
              <xsl:value-of select="pemohon/telepon"/><xsl:if test="pemohon/telepon and pemohon/email">, </xsl:if><xsl:value-of select="pemohon/email"/><br/>
                </xsl:otherwise>
              </xsl:choose>
              <xsl:value-of select="pemohon/pekerjaan"/></td>
            <td><xsl:value-of select="informasi_diminta"/><br/>
              <em>Tujuan:</em><xsl:text> </xsl:text><xsl:value-of select="tujuan"/><br/>
              <em>Jenis:</em><xsl:text> </xsl:text><xsl:value-of select="cara_memperoleh"/>
              <xsl:if test="bentuk">, <xsl:value-of select="bentuk"/></xsl:if></td>
            <td>
              <xsl:choose>
                <xsl:when test="pemberitahuan">
                  <xsl:value-of select="pemberitahuan/keputusan"/>
                  (<xsl:call-template name="tanggal"><xsl:with-param name="iso" select="pemberitahuan/tanggal"/></xsl:call-template>)<br/>
                  <em>Status informasi:</em><xsl:text> </xsl:text><xsl:value-of select="pemberitahuan/status_informasi"/>
                  <xsl:if test="pemberitahuan/alasan_penolakan"><br/><em>Alasan:</em><xsl:text> </xsl:text><xsl:value-of select="pemberitahuan/alasan_penolakan"/></xsl:if>
                  <xsl:if test="pemberitahuan/keterangan"><br/><xsl:value-of select="pemberitahuan/keterangan"/></xsl:if>
                  <br/><em>Biaya:</em> Rp<xsl:value-of select="pemberitahuan/biaya"/>
                  <xsl:if test="pemberitahuan/cara_penyampaian"><br/><em>Disampaikan:</em><xsl:text> </xsl:text><xsl:value-of select="pemberitahuan/cara_penyampaian"/>
                    <xsl:if test="pemberitahuan/tanggal_penyampaian">, <xsl:call-template name="tanggal"><xsl:with-param name="iso" select="pemberitahuan/tanggal_penyampaian"/></xsl:call-template></xsl:if></xsl:if>
                </xsl:when>
                <xsl:otherwise>Belum diterbitkan</xsl:otherwise>
              </xsl:choose>
            </td>
            <td><xsl:value-of select="status"/> · <xsl:value-of select="kanal"/><br/>
              <xsl:if test="opd"><em>OPD:</em><xsl:text> </xsl:text><xsl:value-of select="opd"/><br/></xsl:if>
              <em>Jatuh tempo:</em><xsl:text> </xsl:text><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="jatuh_tempo"/></xsl:call-template>
              <xsl:if test="perpanjangan"><br/><em>Diperpanjang sampai</em><xsl:text> </xsl:text><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="perpanjangan/@jatuh_tempo"/></xsl:call-template>: <xsl:value-of select="perpanjangan"/></xsl:if>
              <xsl:for-each select="keberatan"><br/>Keberatan <xsl:value-of select="@nomor"/></xsl:for-each>
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <xsl:if test="not(register/daftar/permohonan)"><p class="kotak info">Tidak ada permohonan yang cocok.</p></xsl:if>
    <xsl:call-template name="halaman-lain"><xsl:with-param name="alamat" select="$alamat"/></xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
