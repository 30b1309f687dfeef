<?xml version="1.0" encoding="UTF-8"?>
<!-- One monitoring report: the officer fills in each indicator's value with
     evidence and a narrative, saves a draft or submits; the evaluator
     verifies or returns it with a note. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_inovasi.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="l" select="laporan"/>
    <xsl:variable name="path" select="concat($dasar, '/admin/inovasi/', $l/inovasi/@id, '/laporan/', $l/periode/@id)"/>
    <xsl:call-template name="menu-inovasi"/>
    <p><a href="{$dasar}/admin/inovasi/{$l/inovasi/@id}">← <xsl:value-of select="$l/inovasi"/></a>
      (<xsl:value-of select="$l/inovasi/@opd"/>)</p>
    <table class="ringkas">
      <tr><th>Periode</th><td><xsl:value-of select="$l/periode"/>
        (<xsl:call-template name="tanggal"><xsl:with-param name="iso" select="$l/periode/@mulai"/></xsl:call-template> s.d. <xsl:call-template name="tanggal"><xsl:with-param name="iso" select="$l/periode/@selesai"/></xsl:call-template>)</td></tr>
      <tr><th>Batas laporan</th><td><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="$l/periode/@tenggat"/></xsl:call-template>
        <xsl:if test="$l/periode/@terlambat"> <span class="label lewat">terlambat</span></xsl:if><xsl:if test="$l/periode/@sebelum_daftar"> <span class="label">tidak wajib: periode berakhir sebelum inovasi didaftarkan</span></xsl:if>
        <xsl:if test="$l/periode/@diajukan_terlambat"> <span class="label dekat">diajukan terlambat</span></xsl:if></td></tr>
      <tr><th>Status</th><td id="status-laporan" data-status="{$l/@status}"><xsl:value-of select="$l/@status_label"/></td></tr>
      <xsl:if test="string($l/diajukan_pada) != ''"><tr><th>Diajukan</th><td><xsl:value-of select="$l/diajukan_pada"/></td></tr></xsl:if>
      <xsl:if test="string($l/diverifikasi_pada) != ''"><tr><th>Diverifikasi</th><td><xsl:value-of select="$l/diverifikasi_pada"/></td></tr></xsl:if>
      <xsl:if test="string($l/verifikator) != ''"><tr><th>Diperiksa oleh</th><td><xsl:value-of select="$l/verifikator"/></td></tr></xsl:if>
      <xsl:if test="string($l/catatan) != ''"><tr><th>Catatan evaluator</th><td><xsl:value-of select="$l/catatan"/></td></tr></xsl:if>
    </table>
    <xsl:if test="$l/galat">
      <div class="kotak galat" role="alert">
        <p>Laporan belum tersimpan. Perbaiki isian yang ditandai di bawah ini.</p>
      </div>
    </xsl:if>

    <xsl:choose>
      <xsl:when test="$l/@boleh_ubah">
        <form method="post" action="{$path}" enctype="multipart/form-data" class="formulir" novalidate="novalidate">
          <xsl:call-template name="csrf"/>
          <xsl:for-each select="$l/capaian/indikator">
            <xsl:variable name="id" select="@id"/>
            <fieldset>
              <legend><xsl:value-of select="/halaman/laporan/capaian/dimensi[@kode = current()/@dimensi]/@nama"/>:
                <xsl:value-of select="nama"/></legend>
              <p class="bantuan">Baseline <xsl:call-template name="angka"><xsl:with-param name="n" select="baseline"/></xsl:call-template>,
                target <xsl:call-template name="angka"><xsl:with-param name="n" select="target"/></xsl:call-template>
                <xsl:text> </xsl:text><xsl:value-of select="satuan"/> (<xsl:value-of select="arah"/>), bobot <xsl:call-template name="angka"><xsl:with-param name="n" select="bobot"/></xsl:call-template>.</p>
              <xsl:call-template name="teks">
                <xsl:with-param name="nama" select="concat('nilai_', $id)"/>
                <xsl:with-param name="label" select="concat('Nilai realisasi (', satuan, ')')"/>
                <xsl:with-param name="bantuan">Kosongkan bila belum diukur pada periode ini (tidak dihitung).</xsl:with-param>
              </xsl:call-template>
              <xsl:call-template name="teks">
                <xsl:with-param name="nama" select="concat('tautan_', $id)"/>
                <xsl:with-param name="label">Tautan bukti</xsl:with-param>
                <xsl:with-param name="jenis">url</xsl:with-param>
              </xsl:call-template>
              <label for="berkas_{$id}">Berkas bukti (PDF, JPEG, atau PNG, paling besar <xsl:value-of select="$l/batas_unggah"/> MB)</label>
              <input type="file" id="berkas_{$id}" name="berkas_{$id}" accept="application/pdf,image/jpeg,image/png"/>
              <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="concat('berkas_', $id)"/></xsl:call-template>
              <xsl:if test="berkas">
                <p>Berkas tersimpan: <a href="{$path}/bukti/{$id}"><xsl:value-of select="berkas"/></a>
                  <input type="checkbox" id="hapus_berkas_{$id}" name="hapus_berkas_{$id}" value="1"/>
                  <label for="hapus_berkas_{$id}">hapus berkas</label></p>
              </xsl:if>
            </fieldset>
          </xsl:for-each>
          <xsl:call-template name="area">
            <xsl:with-param name="nama">narasi</xsl:with-param>
            <xsl:with-param name="label">Narasi capaian periode ini</xsl:with-param>
            <xsl:with-param name="bantuan">Wajib saat mengajukan.</xsl:with-param>
          </xsl:call-template>
          <p class="bantuan">Jika ada isian yang salah, berkas perlu dipilih ulang.</p>
          <button type="submit" name="aksi" value="simpan">Simpan draf</button>
          <xsl:text> </xsl:text>
          <button type="submit" name="aksi" value="ajukan">Ajukan ke evaluator</button>
        </form>
      </xsl:when>
      <xsl:otherwise>
        <h2>Nilai dan bukti</h2>
        <table class="indikator">
          <tr><th>Indikator</th><th>Nilai</th><th>Capaian</th><th>Bukti</th></tr>
          <xsl:for-each select="$l/capaian/indikator">
            <tr>
              <td><xsl:value-of select="nama"/> (<xsl:value-of select="satuan"/>)</td>
              <td><xsl:choose><xsl:when test="nilai/@kosong">–</xsl:when>
                <xsl:otherwise><xsl:call-template name="angka"><xsl:with-param name="n" select="nilai"/></xsl:call-template></xsl:otherwise></xsl:choose></td>
              <td><xsl:choose><xsl:when test="persen/@ada = '1'"><xsl:call-template name="persen"><xsl:with-param name="n" select="persen/@nilai"/></xsl:call-template></xsl:when>
                <xsl:otherwise>tidak dihitung</xsl:otherwise></xsl:choose></td>
              <td>
                <xsl:if test="berkas"><a href="{$path}/bukti/{@id}"><xsl:value-of select="berkas"/></a> </xsl:if>
                <xsl:if test="string(tautan) != ''"><a href="{tautan}" rel="noopener noreferrer"><xsl:value-of select="tautan"/></a></xsl:if>
              </td>
            </tr>
          </xsl:for-each>
        </table>
        <h2>Narasi</h2>
        <p><xsl:value-of select="$l/narasi"/></p>
      </xsl:otherwise>
    </xsl:choose>

    <h2>Capaian menurut nilai laporan ini</h2>
    <xsl:call-template name="capaian"><xsl:with-param name="c" select="$l/capaian"/></xsl:call-template>

    <xsl:if test="$l/@boleh_verifikasi">
      <h2>Pemeriksaan evaluator</h2>
      <form method="post" action="{$path}/verifikasi" class="formulir" id="form-verifikasi" novalidate="novalidate">
        <xsl:call-template name="csrf"/>
        <xsl:call-template name="area">
          <xsl:with-param name="nama">catatan</xsl:with-param>
          <xsl:with-param name="label">Catatan untuk petugas OPD</xsl:with-param>
          <xsl:with-param name="bantuan">Wajib bila laporan dikembalikan.</xsl:with-param>
        </xsl:call-template>
        <button type="submit" name="aksi" value="verifikasi">Verifikasi laporan</button>
        <xsl:text> </xsl:text>
        <button type="submit" name="aksi" value="kembalikan">Kembalikan untuk diperbaiki</button>
      </form>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
