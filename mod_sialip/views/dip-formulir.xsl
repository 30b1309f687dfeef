<?xml version="1.0" encoding="UTF-8"?>
<!-- One DIP entry: its status and the steps the officer may take, and the
     form (new, or editing a draft or rejected entry). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_admin-isian.xsl"/>

  <xsl:variable name="e" select="/halaman/dip_entri"/>

  <xsl:template match="halaman" mode="isi">
    <p><a href="{$dasar}/admin/dip">Kembali ke daftar entri DIP</a></p>
    <xsl:if test="$e/pesan">
      <div class="kotak info" role="status"><p><xsl:value-of select="$e/pesan"/></p></div>
    </xsl:if>
    <xsl:call-template name="isian-ringkasan-galat"/>

    <xsl:if test="$e/@id">
      <section class="kotak">
        <h2>Status: <span class="status-entri"><xsl:value-of select="$e/status_label"/></span></h2>
        <table>
          <tr><th scope="row">Perangkat daerah</th><td><xsl:value-of select="$e/opd"/></td></tr>
          <tr><th scope="row">Tanggal mutakhir</th><td><xsl:value-of select="$e/mutakhir"/></td></tr>
          <xsl:if test="$e/diterbitkan">
            <tr><th scope="row">Diterbitkan</th><td><xsl:value-of select="$e/diterbitkan"/></td></tr>
          </xsl:if>
          <xsl:if test="$e/berkas">
            <tr><th scope="row">Dokumen</th><td><a href="{$e/berkas/@href}"><xsl:value-of select="$e/berkas"/></a></td></tr>
          </xsl:if>
        </table>
        <xsl:if test="$e/catatan_tinjauan">
          <div class="kotak galat"><p><strong>Catatan PPID Utama:</strong><xsl:text> </xsl:text>
            <span class="catatan-tinjauan"><xsl:value-of select="$e/catatan_tinjauan"/></span></p></div>
        </xsl:if>
        <xsl:if test="$e/@publik">
          <p><a href="{$e/@publik}">Lihat di Daftar Informasi Publik</a></p>
        </xsl:if>
        <xsl:for-each select="$e/tindakan/aksi">
          <xsl:choose>
            <xsl:when test="@nama = 'tolak'">
              <form method="post" action="{@href}" class="formulir">
                <xsl:call-template name="csrf"/>
                <xsl:call-template name="isian-area">
                  <xsl:with-param name="nama">catatan</xsl:with-param>
                  <xsl:with-param name="label">Catatan penolakan (wajib untuk menolak)</xsl:with-param>
                </xsl:call-template>
                <button type="submit"><xsl:value-of select="."/></button>
              </form>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="tombol-aksi">
                <xsl:with-param name="aksi" select="@href"/>
                <xsl:with-param name="label" select="."/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </section>
    </xsl:if>

    <xsl:choose>
      <xsl:when test="$e/@dapat_diubah">
        <h2><xsl:choose><xsl:when test="$e/@id">Ubah entri</xsl:when><xsl:otherwise>Isi entri</xsl:otherwise></xsl:choose></h2>
        <form method="post" action="{$e/@aksi}" enctype="multipart/form-data" class="formulir" novalidate="novalidate">
          <xsl:call-template name="csrf"/>
          <xsl:choose>
            <xsl:when test="$e/@semua_opd">
              <xsl:call-template name="isian-pilih">
                <xsl:with-param name="nama">opd_id</xsl:with-param>
                <xsl:with-param name="label">Perangkat daerah</xsl:with-param>
                <xsl:with-param name="kosong">Pilih OPD</xsl:with-param>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <p><strong>Perangkat daerah:</strong><xsl:text> </xsl:text>
                <xsl:value-of select="$e/pilihan[@untuk = 'opd_id']/opsi[@nilai = $e/isian/nilai[@nama = 'opd_id']]"/></p>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="isian-teks">
            <xsl:with-param name="nama">nomor</xsl:with-param>
            <xsl:with-param name="label">Nomor</xsl:with-param>
            <xsl:with-param name="bantuan">Nomor urut entri dalam DIP OPD, misalnya DIP-DINKES-2026-001.</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="isian-radio">
            <xsl:with-param name="nama">kategori</xsl:with-param>
            <xsl:with-param name="label">Kategori informasi</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="isian-area">
            <xsl:with-param name="nama">ringkasan</xsl:with-param>
            <xsl:with-param name="label">Ringkasan isi informasi</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="isian-teks">
            <xsl:with-param name="nama">pejabat_penguasa</xsl:with-param>
            <xsl:with-param name="label">Pejabat atau unit yang menguasai informasi</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="isian-teks">
            <xsl:with-param name="nama">penanggung_jawab</xsl:with-param>
            <xsl:with-param name="label">Penanggung jawab pembuatan atau penerbitan</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="isian-teks">
            <xsl:with-param name="nama">waktu_tempat</xsl:with-param>
            <xsl:with-param name="label">Waktu dan tempat pembuatan</xsl:with-param>
            <xsl:with-param name="bantuan">Misalnya: Januari 2026, Serang.</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="isian-teks">
            <xsl:with-param name="nama">bentuk</xsl:with-param>
            <xsl:with-param name="label">Bentuk atau format</xsl:with-param>
            <xsl:with-param name="bantuan">Misalnya: softcopy (PDF), hardcopy.</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="isian-teks">
            <xsl:with-param name="nama">retensi</xsl:with-param>
            <xsl:with-param name="label">Jangka waktu penyimpanan (retensi)</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="isian-teks">
            <xsl:with-param name="nama">tahun</xsl:with-param>
            <xsl:with-param name="label">Tahun informasi</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="isian-teks">
            <xsl:with-param name="nama">tautan</xsl:with-param>
            <xsl:with-param name="label">Tautan (tidak wajib)</xsl:with-param>
            <xsl:with-param name="jenis">url</xsl:with-param>
            <xsl:with-param name="bantuan">Alamat lengkap, diawali https://</xsl:with-param>
          </xsl:call-template>
          <label for="berkas">Dokumen (tidak wajib)</label>
          <p class="bantuan">Berkas PDF, JPEG, atau PNG.<xsl:if test="$e/berkas"> Dokumen baru menggantikan
            dokumen yang ada.</xsl:if></p>
          <input id="berkas" name="berkas" type="file" accept="application/pdf,image/jpeg,image/png"/>
          <xsl:call-template name="galat-field"><xsl:with-param name="untuk">berkas</xsl:with-param></xsl:call-template>
          <xsl:if test="$e/berkas">
            <xsl:call-template name="isian-centang">
              <xsl:with-param name="nama">hapus_berkas</xsl:with-param>
              <xsl:with-param name="label">Lepaskan dokumen yang ada</xsl:with-param>
            </xsl:call-template>
          </xsl:if>
          <button type="submit">Simpan</button>
        </form>
      </xsl:when>
      <xsl:otherwise>
        <h2>Isi entri</h2>
        <table>
          <tr><th scope="row">Nomor</th><td><xsl:value-of select="$e/isian/nilai[@nama = 'nomor']"/></td></tr>
          <tr><th scope="row">Kategori</th><td><xsl:value-of select="$e/pilihan[@untuk = 'kategori']/opsi[@nilai = $e/isian/nilai[@nama = 'kategori']]"/></td></tr>
          <tr><th scope="row">Ringkasan isi informasi</th><td><xsl:value-of select="$e/isian/nilai[@nama = 'ringkasan']"/></td></tr>
          <tr><th scope="row">Pejabat/unit yang menguasai</th><td><xsl:value-of select="$e/isian/nilai[@nama = 'pejabat_penguasa']"/></td></tr>
          <tr><th scope="row">Penanggung jawab</th><td><xsl:value-of select="$e/isian/nilai[@nama = 'penanggung_jawab']"/></td></tr>
          <tr><th scope="row">Waktu dan tempat pembuatan</th><td><xsl:value-of select="$e/isian/nilai[@nama = 'waktu_tempat']"/></td></tr>
          <tr><th scope="row">Bentuk/format</th><td><xsl:value-of select="$e/isian/nilai[@nama = 'bentuk']"/></td></tr>
          <tr><th scope="row">Retensi</th><td><xsl:value-of select="$e/isian/nilai[@nama = 'retensi']"/></td></tr>
          <tr><th scope="row">Tahun</th><td><xsl:value-of select="$e/isian/nilai[@nama = 'tahun']"/></td></tr>
          <tr><th scope="row">Tautan</th><td><xsl:value-of select="$e/isian/nilai[@nama = 'tautan']"/></td></tr>
        </table>
        <p class="bantuan">Entri yang sedang diajukan atau sudah terbit tidak dapat diubah.</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
