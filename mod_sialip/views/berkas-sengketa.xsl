<?xml version="1.0" encoding="UTF-8"?>
<!-- The dispute dossier (berkas_sengketa.c): what the PPID brings to the
     Komisi Informasi, printable; every step with its date and deadline. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>

  <xsl:template name="tepat">
    <xsl:param name="t"/>
    <td class="tepat-{$t/@tepat}">
      <xsl:value-of select="$t/@teks"/>:
      <xsl:choose>
        <xsl:when test="$t/@tepat = 'ya'">tepat waktu</xsl:when>
        <xsl:when test="$t/@tepat = 'tidak'">terlambat</xsl:when>
        <xsl:otherwise>belum dilaksanakan</xsl:otherwise>
      </xsl:choose>
    </td>
  </xsl:template>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="b" select="berkas_sengketa"/>
    <xsl:variable name="p" select="$b/permohonan"/>
    <article class="kotak surat berkas-sengketa">
      <p class="cetak"><strong>PEMERINTAH KABUPATEN SERANG — PPID</strong></p>
      <h2>Berkas sengketa informasi: permohonan <xsl:value-of select="$b/@nomor"/></h2>
      <p class="tanpa-cetak">
        <a href="{$dasar}/admin/permohonan/{$b/@nomor}">Kembali ke permohonan</a> ·
        <a href="{$dasar}/admin/permohonan/{$b/@nomor}/sengketa.xml">XML</a> ·
        Cetak dengan menu cetak peramban.</p>
      <p>Disusun <xsl:value-of select="$b/dicetak"/>. Identitas dan kontak pemohon tidak dimuat.</p>

      <h3>1. Permohonan dan tanda terima</h3>
      <table>
        <tr><th>Nomor pendaftaran</th><td><xsl:value-of select="$p/@nomor"/></td></tr>
        <tr><th>Jenis pemohon</th><td><xsl:value-of select="$p/jenis_pemohon"/></td></tr>
        <tr><th>Saluran</th><td><xsl:value-of select="$p/kanal"/></td></tr>
        <tr><th>Diterima</th><td><xsl:value-of select="$p/diterima"/></td></tr>
        <tr><th>Hari ke-0 perhitungan</th><td><xsl:value-of select="$p/hari_nol"/></td></tr>
        <tr><th>Rincian informasi</th><td><xsl:value-of select="$p/rincian"/></td></tr>
        <tr><th>Tujuan</th><td><xsl:value-of select="$p/tujuan"/></td></tr>
        <tr><th>Batas pemberitahuan (10 hari kerja)</th><td><xsl:value-of select="$p/jatuh_tempo"/></td></tr>
        <xsl:for-each select="$p/perpanjangan">
          <tr><th>Perpanjangan (7 hari kerja)</th><td>dicatat <xsl:value-of select="pada"/>;
            batas baru <xsl:value-of select="jatuh_tempo"/>; alasan: <xsl:value-of select="alasan"/></td></tr>
        </xsl:for-each>
      </table>

      <h3>2. Disposisi dan jawaban</h3>
      <xsl:choose>
        <xsl:when test="$b/disposisi_daftar/disposisi">
          <table class="disposisi">
            <tr><th>OPD</th><th>Didisposisikan</th><th>Catatan</th><th>Jawaban</th><th>Dijawab</th></tr>
            <xsl:for-each select="$b/disposisi_daftar/disposisi">
              <tr><td><xsl:value-of select="opd"/></td><td><xsl:value-of select="dibuat"/></td>
                <td><xsl:value-of select="catatan"/></td><td><xsl:value-of select="jawaban"/></td>
                <td><xsl:value-of select="dijawab"/>
                  <xsl:if test="@status = 'dialihkan'"> (dialihkan)</xsl:if></td></tr>
            </xsl:for-each>
          </table>
        </xsl:when>
        <xsl:otherwise><p>Tidak ada disposisi: dijawab langsung oleh PPID Utama.</p></xsl:otherwise>
      </xsl:choose>

      <h3>3. Pemberitahuan tertulis</h3>
      <xsl:variable name="n" select="$b/pemberitahuan"/>
      <table>
        <tr><th>Nomor</th><td class="nomor-pemberitahuan"><xsl:value-of select="$n/@nomor"/></td></tr>
        <tr><th>Keputusan</th><td><xsl:value-of select="translate($n/@keputusan, '_', ' ')"/></td></tr>
        <tr><th>Diterbitkan</th><td><xsl:value-of select="$n/diterbitkan"/></td></tr>
        <tr><th>Tenggat</th><xsl:call-template name="tepat"><xsl:with-param name="t" select="$n/tenggat"/></xsl:call-template></tr>
      </table>

      <xsl:for-each select="$b/keberatan">
        <h3>4. Keberatan <xsl:value-of select="@nomor"/> dan putusannya</h3>
        <table class="keberatan">
          <tr><th>Alasan (Pasal 35 ayat 1 huruf)</th><td><xsl:value-of select="alasan"/></td></tr>
          <tr><th>Uraian</th><td><xsl:value-of select="uraian"/></td></tr>
          <tr><th>Diterima</th><td><xsl:value-of select="diterima"/></td></tr>
          <tr><th>Putusan atasan PPID</th><td><xsl:value-of select="putusan"/>
            <xsl:if test="alasan_putusan != ''">: <xsl:value-of select="alasan_putusan"/></xsl:if></td></tr>
          <tr><th>Diputus</th><td><xsl:value-of select="diputus"/></td></tr>
          <tr><th>Tenggat (30 hari kerja)</th><xsl:call-template name="tepat"><xsl:with-param name="t" select="tenggat"/></xsl:call-template></tr>
        </table>
        <h3>5. Sengketa di Komisi Informasi</h3>
        <table class="sengketa">
          <tr><th>Nomor register</th><td><xsl:value-of select="sengketa/nomor_register"/></td></tr>
          <tr><th>Didaftarkan</th><td><xsl:value-of select="sengketa/didaftarkan"/></td></tr>
          <tr><th>Tahap</th><td><xsl:value-of select="sengketa/@tahap"/></td></tr>
          <xsl:if test="sengketa/hasil != ''">
            <tr><th>Hasil</th><td><xsl:value-of select="translate(sengketa/hasil, '_', ' ')"/>
              <xsl:if test="sengketa/uraian_hasil != ''">: <xsl:value-of select="sengketa/uraian_hasil"/></xsl:if></td></tr>
            <tr><th>Diputus</th><td><xsl:value-of select="sengketa/diputus"/></td></tr>
          </xsl:if>
        </table>
      </xsl:for-each>

      <h3>6. Kronologi (jejak audit)</h3>
      <table class="kronologi">
        <tr><th>Waktu</th><th>Pelaku</th><th>Tindakan</th><th>Objek</th></tr>
        <xsl:for-each select="$b/kronologi/peristiwa">
          <tr><td><xsl:value-of select="."/></td><td><xsl:value-of select="@aktor"/></td>
            <td><xsl:value-of select="@aksi_teks"/></td><td><xsl:value-of select="@objek"/><xsl:text> </xsl:text><xsl:value-of select="@objek_id"/></td></tr>
        </xsl:for-each>
      </table>
    </article>
  </xsl:template>
</xsl:stylesheet>
