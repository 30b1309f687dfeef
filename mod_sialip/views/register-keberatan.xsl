<?xml version="1.0" encoding="UTF-8"?>
<!-- The objection register for staff: filters, one page of objections with
     every register column, and the whole selection as CSV (Excel,
     Indonesian settings) or XML. -->
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
    <xsl:variable name="alamat" select="concat($dasar, '/admin/register/keberatan')"/>
    <p><a href="{$dasar}/admin/register/permohonan">Register permohonan</a> ·
      <a href="{$dasar}/admin/register/keberatan">Register keberatan</a> ·
      <a href="{$dasar}/admin/laporan">Laporan</a></p>
    <xsl:call-template name="saring"><xsl:with-param name="alamat" select="$alamat"/></xsl:call-template>
    <table class="register">
      <thead>
        <tr><th>No</th><th>Nomor dan tanggal</th><th>Pemohon dan permohonan</th><th>Alasan keberatan</th>
          <th>Tanggapan Atasan PPID</th><th>Sengketa</th></tr>
      </thead>
      <tbody>
        <xsl:for-each select="register/daftar/keberatan">
          <tr>
            <td><xsl:value-of select="@no"/></td>
            <td><xsl:value-of select="@nomor"/><br/>
              <xsl:call-template name="tanggal"><xsl:with-param name="iso" select="translate(substring(diterima, 1, 16), 'T', ' ')"/></xsl:call-template> WIB<br/>
              <em>Batas putusan:</em><xsl:text> </xsl:text><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="jatuh_tempo"/></xsl:call-template></td>
            <td><xsl:value-of select="pemohon"/><br/>
              <xsl:choose>
                <xsl:when test="alamat = 'dihapus'"><em>(dihapus sesuai retensi)</em><br/></xsl:when>
                <xsl:otherwise>
              <xsl:value-of select="alamat"/><br/>
              <xsl:value-of select="kontak"/><br/>
                </xsl:otherwise>
              </xsl:choose>
              <em>Pekerjaan:</em><xsl:text> </xsl:text><xsl:value-of select="pekerjaan"/><br/>
              <xsl:choose>
                <xsl:when test="nomor_permohonan"><a href="{$dasar}/admin/permohonan/{nomor_permohonan}#keberatan"><xsl:value-of select="nomor_permohonan"/></a></xsl:when>
                <xsl:otherwise><a href="{$dasar}/admin/keberatan/{@nomor}">tanpa permohonan</a></xsl:otherwise>
              </xsl:choose>
              (<xsl:value-of select="saluran"/>)<br/>
              <xsl:value-of select="informasi_diminta"/><br/>
              <em>Tujuan:</em><xsl:text> </xsl:text><xsl:value-of select="tujuan"/>
              <xsl:if test="opd"><br/><em>OPD:</em><xsl:text> </xsl:text><xsl:value-of select="opd"/></xsl:if></td>
            <td><xsl:for-each select="alasan/butir"><xsl:value-of select="@huruf"/>. <xsl:value-of select="."/><br/></xsl:for-each>
              <xsl:value-of select="uraian"/></td>
            <td>
              <xsl:choose>
                <xsl:when test="putusan">
                  <xsl:value-of select="putusan"/> (<xsl:call-template name="tanggal"><xsl:with-param name="iso" select="tanggal_tanggapan"/></xsl:call-template>, <xsl:value-of select="atasan"/><xsl:if test="jabatan_atasan">, <xsl:value-of select="jabatan_atasan"/></xsl:if>)<br/>
                  <xsl:value-of select="alasan_putusan"/>
                </xsl:when>
                <xsl:when test="musyawarah">
                  <span class="musyawarah">Selesai secara musyawarah (<xsl:call-template name="tanggal"><xsl:with-param name="iso" select="musyawarah/@tanggal"/></xsl:call-template>)</span>: <xsl:value-of select="musyawarah"/>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="status"/></xsl:otherwise>
              </xsl:choose>
              <xsl:if test="putusan_terlambat"><br/><span class="label lewat putusan-terlambat">Putusan terlambat</span></xsl:if>
              <xsl:if test="batas_sengketa"><br/><em>Batas sengketa KI:</em><xsl:text> </xsl:text><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="batas_sengketa"/></xsl:call-template></xsl:if>
              <xsl:if test="tanggapan_pemohon"><br/><em>Tanggapan pemohon:</em><xsl:text> </xsl:text><xsl:value-of select="tanggapan_pemohon"/></xsl:if>
            </td>
            <td><xsl:if test="sengketa">
                <xsl:value-of select="sengketa/@nomor_register"/> (<xsl:call-template name="tanggal"><xsl:with-param name="iso" select="sengketa/didaftarkan"/></xsl:call-template>)<br/>
                <xsl:if test="sengketa/@terlambat"><span class="label lewat sengketa-terlambat">didaftarkan setelah batas 14 hari kerja</span><br/></xsl:if>
                <xsl:value-of select="sengketa/tahap"/><xsl:if test="sengketa/hasil">: <xsl:value-of select="sengketa/hasil"/></xsl:if>
              </xsl:if></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <xsl:if test="not(register/daftar/keberatan)"><p class="kotak info">Tidak ada keberatan yang cocok.</p></xsl:if>
    <xsl:call-template name="halaman-lain"><xsl:with-param name="alamat" select="$alamat"/></xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
