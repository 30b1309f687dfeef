<?xml version="1.0" encoding="UTF-8"?>
<!-- The officers' inbox: filters, requests sorted by due date, due-soon and
     overdue marked, paging. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>

  <xsl:template name="opsi">
    <xsl:param name="nilai"/>
    <xsl:param name="label"/>
    <xsl:param name="dipilih"/>
    <option value="{$nilai}">
      <xsl:if test="$nilai = $dipilih"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
      <xsl:value-of select="$label"/>
    </option>
  </xsl:template>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="s" select="kotak/saring"/>
    <!-- SL_ROLE_PPID_UTAMA (proses.c): only the desk records a request. -->
    <xsl:if test="$peran = 'ppid_utama'">
      <p><a class="tombol" href="{$dasar}/admin/permohonan/baru">Catat permohonan datang/surat/e-mail/telepon</a></p>
    </xsl:if>
    <form method="get" action="{$dasar}/admin/permohonan" class="formulir saring">
      <label for="status">Status</label>
      <select id="status" name="status">
        <option value="">Semua</option>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">diterima</xsl:with-param><xsl:with-param name="label">Diterima</xsl:with-param><xsl:with-param name="dipilih" select="$s/@status"/></xsl:call-template>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">didisposisi</xsl:with-param><xsl:with-param name="label">Didisposisi</xsl:with-param><xsl:with-param name="dipilih" select="$s/@status"/></xsl:call-template>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">selesai</xsl:with-param><xsl:with-param name="label">Selesai</xsl:with-param><xsl:with-param name="dipilih" select="$s/@status"/></xsl:call-template>
      </select>
      <label for="opd">OPD</label>
      <select id="opd" name="opd">
        <option value="">Semua</option>
        <xsl:for-each select="kotak/daftar_opd/opd">
          <xsl:call-template name="opsi"><xsl:with-param name="nilai" select="@id"/><xsl:with-param name="label" select="concat(@nama, ' (', ., ')')"/><xsl:with-param name="dipilih" select="$s/@opd"/></xsl:call-template>
        </xsl:for-each>
      </select>
      <label for="kanal">Saluran</label>
      <select id="kanal" name="kanal">
        <option value="">Semua</option>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">web</xsl:with-param><xsl:with-param name="label">Situs web</xsl:with-param><xsl:with-param name="dipilih" select="$s/@kanal"/></xsl:call-template>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">datang</xsl:with-param><xsl:with-param name="label">Datang langsung</xsl:with-param><xsl:with-param name="dipilih" select="$s/@kanal"/></xsl:call-template>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">surat</xsl:with-param><xsl:with-param name="label">Surat</xsl:with-param><xsl:with-param name="dipilih" select="$s/@kanal"/></xsl:call-template>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">email</xsl:with-param><xsl:with-param name="label">E-mail</xsl:with-param><xsl:with-param name="dipilih" select="$s/@kanal"/></xsl:call-template>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">telepon</xsl:with-param><xsl:with-param name="label">Telepon</xsl:with-param><xsl:with-param name="dipilih" select="$s/@kanal"/></xsl:call-template>
      </select>
      <label for="tenggat">Batas waktu</label>
      <select id="tenggat" name="tenggat">
        <option value="">Semua</option>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">dekat</xsl:with-param><xsl:with-param name="label">Jatuh tempo dalam 2 hari kerja</xsl:with-param><xsl:with-param name="dipilih" select="$s/@tenggat"/></xsl:call-template>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">lewat</xsl:with-param><xsl:with-param name="label">Melewati batas waktu</xsl:with-param><xsl:with-param name="dipilih" select="$s/@tenggat"/></xsl:call-template>
      </select>
      <xsl:if test="$peran = 'ppid_pelaksana'">
        <label for="tugas">Bagian OPD Anda</label>
        <select id="tugas" name="tugas">
          <option value="">Semua</option>
          <xsl:call-template name="opsi"><xsl:with-param name="nilai">jawab</xsl:with-param><xsl:with-param name="label">Perlu dijawab</xsl:with-param><xsl:with-param name="dipilih" select="$s/@tugas"/></xsl:call-template>
        </select>
      </xsl:if>
      <label for="tahun">Tahun</label>
      <input id="tahun" name="tahun" type="text" inputmode="numeric" value="{$s/@tahun}"/>
      <button type="submit">Saring</button>
    </form>
    <table class="kotak-masuk">
      <thead><tr><th>Nomor</th><th>Pemohon</th><th>Saluran</th><th>Diterima</th><th>Jatuh tempo</th><th>OPD</th><th>Status</th></tr></thead>
      <tbody>
        <xsl:for-each select="kotak/daftar/permohonan">
          <tr>
            <xsl:if test="@tanda"><xsl:attribute name="class">tempo-<xsl:value-of select="@tanda"/></xsl:attribute></xsl:if>
            <td><a href="{$dasar}/admin/permohonan/{@nomor}"><xsl:value-of select="@nomor"/></a></td>
            <td><xsl:value-of select="nama"/>
              <xsl:if test="kebutuhan_khusus"> <span class="label kebutuhan-khusus" title="Kebutuhan khusus: {kebutuhan_khusus/@teks}">kebutuhan khusus: <xsl:value-of select="kebutuhan_khusus/@teks"/></span></xsl:if>
            </td>
            <td><xsl:value-of select="kanal"/></td>
            <td><xsl:value-of select="diterima"/></td>
            <td><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="tempo"/></xsl:call-template>
              <xsl:if test="@tanda = 'lewat'"> <span class="label lewat">terlambat</span></xsl:if>
              <xsl:if test="@sementara"> <span class="label sementara" title="Kalender hari libur {@sementara} belum dimuat">sementara</span></xsl:if>
              <xsl:if test="@tanda = 'dekat'"> <span class="label dekat">segera</span></xsl:if>
            </td>
            <td><xsl:value-of select="opd"/></td>
            <td><xsl:value-of select="status_teks"/>
              <xsl:if test="@klarifikasi = '1'"><br/><span class="menunggu-klarifikasi">Menunggu klarifikasi pemohon</span></xsl:if></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <xsl:if test="not(kotak/daftar/permohonan)"><p class="kotak info">Tidak ada permohonan yang cocok.</p></xsl:if>
    <nav class="halaman">
      <xsl:variable name="q">status=<xsl:value-of select="$s/@status"/>&amp;opd=<xsl:value-of select="$s/@opd"/>&amp;kanal=<xsl:value-of select="$s/@kanal"/>&amp;tahun=<xsl:value-of select="$s/@tahun"/>&amp;tenggat=<xsl:value-of select="$s/@tenggat"/>&amp;tugas=<xsl:value-of select="$s/@tugas"/></xsl:variable>
      <xsl:if test="$s/@sebelumnya"><a rel="prev" href="{$dasar}/admin/permohonan?{$q}&amp;halaman={$s/@sebelumnya}">Sebelumnya</a></xsl:if>
      <xsl:text> Halaman </xsl:text><xsl:value-of select="$s/@halaman"/><xsl:text> </xsl:text>
      <xsl:if test="$s/@berikutnya"><a rel="next" href="{$dasar}/admin/permohonan?{$q}&amp;halaman={$s/@berikutnya}">Berikutnya</a></xsl:if>
    </nav>
  </xsl:template>
</xsl:stylesheet>
