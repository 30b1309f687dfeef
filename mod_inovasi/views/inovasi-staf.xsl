<?xml version="1.0" encoding="UTF-8"?>
<!-- One innovation for staff: profile, indicators and achievement, the
     monitoring reports of its year, the evaluation, publishing and the
     audit trail. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_inovasi.xsl"/>

  <xsl:template name="baris">
    <xsl:param name="label"/>
    <xsl:param name="isi"/>
    <tr><th><xsl:value-of select="$label"/></th><td><xsl:value-of select="$isi"/></td></tr>
  </xsl:template>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="i" select="inovasi"/>
    <xsl:call-template name="menu-inovasi"/>
    <p>
      <xsl:choose>
        <xsl:when test="$i/@terbit = '1'"><span class="label dekat">Dipublikasikan</span>
          di <a href="{$dasar}/{$i/@id}">etalase</a> sejak <xsl:call-template name="tanggal"><xsl:with-param name="iso" select="$i/terbit_pada"/></xsl:call-template></xsl:when>
        <xsl:otherwise><span class="label">Belum dipublikasikan</span></xsl:otherwise>
      </xsl:choose>
    </p>
    <xsl:if test="$i/boleh/@ubah">
      <p>
        <a class="tombol" href="{$dasar}/admin/inovasi/{$i/@id}/ubah">Ubah profil</a>
        <xsl:text> </xsl:text>
        <a class="tombol" href="{$dasar}/admin/inovasi/{$i/@id}/indikator">Indikator rancangan</a>
      </p>
    </xsl:if>
    <p><a href="{$dasar}/admin/inovasi/{$i/@id}/iid/{$i/tahun}">Bukti Indeks Inovasi Daerah <xsl:value-of select="$i/tahun"/></a></p>
    <p><a href="{$dasar}/admin/inovasi/{$i/@id}/replikasi">Daerah yang mereplikasi</a></p>
    <p><a href="{$dasar}/admin/inovasi/{$i/@id}/siklus">Tahap Laboratorium Inovasi dan masa berjalan</a>
      <xsl:if test="$i/berakhir != ''"> · berakhir <xsl:call-template name="tanggal"><xsl:with-param name="iso" select="$i/berakhir"/></xsl:call-template></xsl:if></p>
    <xsl:if test="$i/boleh/@evaluasi">
      <form method="post" action="{$dasar}/admin/inovasi/{$i/@id}/terbit" class="formulir">
        <xsl:call-template name="csrf"/>
        <xsl:choose>
          <xsl:when test="$i/@terbit = '1'">
            <input type="hidden" name="terbit" value="0"/>
            <button type="submit">Tarik dari etalase</button>
          </xsl:when>
          <xsl:otherwise>
            <input type="hidden" name="terbit" value="1"/>
            <button type="submit">Publikasikan di etalase (Display)</button>
          </xsl:otherwise>
        </xsl:choose>
      </form>
    </xsl:if>

    <h2>Profil</h2>
    <table class="profil">
      <xsl:call-template name="baris"><xsl:with-param name="label">Perangkat daerah</xsl:with-param><xsl:with-param name="isi" select="$i/opd"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Tahun</xsl:with-param><xsl:with-param name="isi" select="$i/tahun"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Bentuk</xsl:with-param><xsl:with-param name="isi" select="$i/bentuk"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Jenis</xsl:with-param><xsl:with-param name="isi" select="$i/jenis"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Tahapan</xsl:with-param><xsl:with-param name="isi" select="$i/tahapan"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Mulai uji coba</xsl:with-param><xsl:with-param name="isi"><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="$i/tanggal_uji_coba"/></xsl:call-template></xsl:with-param></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Mulai penerapan</xsl:with-param><xsl:with-param name="isi"><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="$i/tanggal_penerapan"/></xsl:call-template></xsl:with-param></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Inisiator</xsl:with-param><xsl:with-param name="isi" select="$i/inisiator"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Urusan pemerintahan</xsl:with-param><xsl:with-param name="isi" select="$i/urusan"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Ringkasan</xsl:with-param><xsl:with-param name="isi" select="$i/ringkasan"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Rancang bangun</xsl:with-param><xsl:with-param name="isi" select="$i/rancang_bangun"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Tujuan</xsl:with-param><xsl:with-param name="isi" select="$i/tujuan"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Manfaat</xsl:with-param><xsl:with-param name="isi" select="$i/manfaat"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Hasil</xsl:with-param><xsl:with-param name="isi" select="$i/hasil"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Anggaran</xsl:with-param><xsl:with-param name="isi"><xsl:call-template name="rupiah"><xsl:with-param name="n" select="$i/anggaran"/></xsl:call-template></xsl:with-param></xsl:call-template>
      <tr><th>Dasar hukum</th><td><xsl:value-of select="$i/dasar_hukum/jenis"/>
        <xsl:if test="string($i/dasar_hukum/nomor) != ''"> nomor <xsl:value-of select="$i/dasar_hukum/nomor"/></xsl:if></td></tr>
      <tr><th>Narahubung</th><td><xsl:value-of select="$i/kontak/nama"/>
        <xsl:if test="string($i/kontak/telepon) != ''"> · <xsl:value-of select="$i/kontak/telepon"/></xsl:if>
        <xsl:if test="string($i/kontak/email) != ''"> · <xsl:value-of select="$i/kontak/email"/></xsl:if></td></tr>
      <tr><th>Replikasi</th><td>
        <xsl:value-of select="$i/replikasi/jenis"/>
        <xsl:if test="$i/replikasi/sumber_inovasi">: <xsl:choose>
            <!-- Another OPD's innovation is reachable through the showcase only. -->
            <xsl:when test="$i/replikasi/sumber_inovasi/@terbit = '1'"><a href="{$dasar}/{$i/replikasi/sumber_inovasi/@id}"><xsl:value-of select="$i/replikasi/sumber_inovasi"/></a></xsl:when>
            <xsl:otherwise><a href="{$dasar}/admin/inovasi/{$i/replikasi/sumber_inovasi/@id}"><xsl:value-of select="$i/replikasi/sumber_inovasi"/></a></xsl:otherwise>
          </xsl:choose>
          (<xsl:value-of select="$i/replikasi/sumber_inovasi/@opd"/>)</xsl:if>
        <xsl:if test="string($i/replikasi/sumber_nama) != ''">: <xsl:value-of select="$i/replikasi/sumber_nama"/> (<xsl:value-of select="$i/replikasi/sumber_daerah"/>)</xsl:if>
        <xsl:if test="string($i/replikasi/cara) != ''"> · <xsl:value-of select="$i/replikasi/cara"/></xsl:if>
        <xsl:if test="string($i/replikasi/perubahan) != ''"><br/>Perubahan: <xsl:value-of select="$i/replikasi/perubahan"/></xsl:if>
      </td></tr>
    </table>

    <h2>Indikator dan capaian</h2>
    <xsl:choose>
      <xsl:when test="$i/capaian/indikator">
        <xsl:call-template name="capaian"><xsl:with-param name="c" select="$i/capaian"/></xsl:call-template>
        <xsl:call-template name="tabel-indikator"><xsl:with-param name="c" select="$i/capaian"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><p class="kotak info">Indikator rancangan belum disusun.</p></xsl:otherwise>
    </xsl:choose>

    <h2>Laporan monitoring <xsl:value-of select="$i/tahun"/></h2>
    <xsl:choose>
      <xsl:when test="$i/laporan-periode/periode">
        <table class="laporan">
          <tr><th>Periode</th><th>Batas laporan</th><th>Status</th><th></th></tr>
          <xsl:for-each select="$i/laporan-periode/periode">
            <tr>
              <xsl:if test="@terlambat"><xsl:attribute name="class">tempo-lewat</xsl:attribute></xsl:if>
              <td><xsl:value-of select="@nama"/></td>
              <td><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="@tenggat"/></xsl:call-template>
                <xsl:if test="@terlambat"> <span class="label lewat">terlambat</span></xsl:if>
                <xsl:if test="@diajukan_terlambat"> <span class="label dekat">diajukan terlambat</span></xsl:if></td>
              <td><xsl:choose><xsl:when test="@sebelum_daftar">Tidak wajib: periode berakhir sebelum inovasi didaftarkan</xsl:when><xsl:otherwise><xsl:value-of select="@status_label"/></xsl:otherwise></xsl:choose></td>
              <td><a href="{$dasar}/admin/inovasi/{$i/@id}/laporan/{@id}">Buka laporan</a></td>
            </tr>
          </xsl:for-each>
        </table>
      </xsl:when>
      <xsl:otherwise><p class="kotak info">Bappeda belum menetapkan periode monitoring tahun <xsl:value-of select="$i/tahun"/>.</p></xsl:otherwise>
    </xsl:choose>

    <h2>Penilaian</h2>
    <xsl:choose>
      <xsl:when test="$i/penilaian">
        <p>Rata-rata <strong><xsl:call-template name="angka"><xsl:with-param name="n" select="$i/penilaian/@rata"/></xsl:call-template></strong>
          dari <xsl:value-of select="$i/penilaian/@penilai"/> penilai
          (simpangan baku <xsl:call-template name="angka"><xsl:with-param name="n" select="$i/penilaian/@simpangan"/></xsl:call-template>,
          rentang <xsl:call-template name="angka"><xsl:with-param name="n" select="$i/penilaian/@min"/></xsl:call-template>–<xsl:call-template name="angka"><xsl:with-param name="n" select="$i/penilaian/@max"/></xsl:call-template>),
          peringkat <xsl:value-of select="$i/penilaian/@peringkat"/> dari <xsl:value-of select="$i/penilaian/@dari"/> inovasi tahun <xsl:value-of select="$i/tahun"/>.</p>
      </xsl:when>
      <xsl:otherwise><p>Belum dinilai.</p></xsl:otherwise>
    </xsl:choose>
    <p><a href="{$dasar}/admin/inovasi/{$i/@id}/nilai">Rincian penilaian</a></p>

    <h2>Riwayat perubahan</h2>
    <table class="riwayat">
      <tr><th>Waktu</th><th>Oleh</th><th>Tindakan</th></tr>
      <xsl:for-each select="$i/riwayat/peristiwa">
        <tr><td><xsl:value-of select="@waktu"/></td><td><xsl:value-of select="@aktor"/></td>
          <td><xsl:value-of select="@aksi_label"/></td></tr>
      </xsl:for-each>
    </table>
  </xsl:template>
</xsl:stylesheet>
