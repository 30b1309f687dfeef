<?xml version="1.0" encoding="UTF-8"?>
<!-- Tanda bukti penerimaan and status: number, code, time received, the
     due date and why, the public history. Printable. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_tenggat.xsl"/>
  <xsl:import href="_keberatan.xsl"/>
  <xsl:import href="_percakapan.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="p" select="permohonan"/>
    <section class="kotak tanda-terima">
      <h2>Tanda bukti penerimaan permohonan informasi</h2>
      <table>
        <tr><th>Nomor pendaftaran</th><td class="nomor"><xsl:value-of select="$p/@nomor"/></td></tr>
        <tr><th>Kode pelacakan</th><td class="kode"><xsl:value-of select="$p/kode"/></td></tr>
        <tr><th>Diterima</th><td><xsl:value-of select="$p/diterima"/></td></tr>
        <tr><th>Status</th><td><xsl:value-of select="$p/status"/>
          <xsl:if test="$p/percakapan/klarifikasi"><br/><a href="#percakapan" class="status-klarifikasi">Menunggu klarifikasi dari Anda</a></xsl:if>
          <xsl:if test="$p/percakapan/dibuka_kembali"><br/><a href="#percakapan">Dibuka kembali oleh PPID</a></xsl:if></td></tr>
        <tr><th>Nama pemohon</th><td><xsl:value-of select="$p/nama"/> (<xsl:value-of select="$p/jenis_pemohon"/>)</td></tr>
        <tr><th>Informasi yang diminta</th><td><xsl:value-of select="$p/rincian"/></td></tr>
        <tr><th>Tujuan penggunaan</th><td><xsl:value-of select="$p/tujuan"/></td></tr>
        <tr><th>Cara memperoleh</th><td><xsl:value-of select="$p/cara_memperoleh"/></td></tr>
        <xsl:if test="$p/cara_salinan[not(@kosong)]"><tr><th>Cara mendapatkan salinan</th><td><xsl:value-of select="$p/cara_salinan"/></td></tr></xsl:if>
        <tr><th>Saluran</th><td><xsl:value-of select="$p/kanal"/></td></tr>
        <!-- On paper the rule takes one short line (span.cetak). -->
        <tr><th>Bila PPID meminta klarifikasi</th><td class="aturan-klarifikasi"><xsl:choose>
          <xsl:when test="$p/percakapan/@jeda_berlaku = '1'"><span class="tanpa-cetak">Waktu jawaban berhenti sampai Anda menjawab; batas waktu pemberitahuan bergeser sebanyak hari kerja menunggu jawaban Anda.</span><span class="cetak">Waktu jawaban berhenti sampai Anda menjawab.</span></xsl:when>
          <xsl:otherwise><span class="tanpa-cetak">Waktu jawaban tetap berjalan; batas waktu pemberitahuan tidak berubah. Jawablah segera.</span><span class="cetak">Waktu jawaban tetap berjalan.</span></xsl:otherwise>
        </xsl:choose></td></tr>
        <xsl:if test="$p/kebutuhan_khusus"><tr><th>Kebutuhan khusus</th><td class="kebutuhan-khusus"><xsl:value-of select="$p/kebutuhan_khusus/@teks"/></td></tr></xsl:if>
      </table>
      <p class="simpan-kode"><strong>Simpan kode ini.</strong> Nomor dan kode
        pelacakan diperlukan untuk melacak permohonan dan mengajukan keberatan;
        kode tidak dapat ditampilkan ulang tanpa nomor.
        Lacak permohonan di <span class="alamat-lacak"><xsl:value-of select="$p/alamat_lacak"/></span>.</p>
    </section>
    <xsl:if test="not($p/pemberitahuan)"><xsl:apply-templates select="$p/tenggat"/></xsl:if>
    <xsl:for-each select="$p/pemberitahuan">
      <section class="kotak info pemberitahuan">
        <h2>Pemberitahuan tertulis</h2>
        <p><span class="keputusan"><xsl:value-of select="keputusan_teks"/></span> —
          <a href="{$dasar}/permohonan/{$p/@nomor}/pemberitahuan">lihat dan cetak
          pemberitahuan <xsl:value-of select="@nomor"/></a> (<xsl:value-of select="diterbitkan"/>).</p>
        <xsl:if test="dokumen/berkas">
          <p>Dokumen yang diberikan:</p>
          <ul><xsl:for-each select="dokumen/berkas">
            <li><a class="unduh" href="{$dasar}/permohonan/{$p/@nomor}/dokumen/{@id}"><xsl:value-of select="."/></a></li>
          </xsl:for-each></ul>
        </xsl:if>
      </section>
    </xsl:for-each>
    <xsl:apply-templates select="$p/keberatan"/>
    <xsl:if test="not($p/keberatan)">
      <p class="tanpa-cetak"><a href="{$dasar}/permohonan/{$p/@nomor}/keberatan">Ajukan keberatan</a>
        (setelah pemberitahuan tertulis diterima atau batas waktu jawaban lewat).</p>
    </xsl:if>
    <xsl:if test="$p/survei">
      <section class="survei tanpa-cetak" id="survei">
        <h2>Survei kepuasan</h2>
        <xsl:choose>
          <xsl:when test="$p/survei/@keadaan = 'selesai'">
            <p>Terima kasih, Anda sudah menilai layanan atas permohonan ini.</p>
          </xsl:when>
          <xsl:otherwise>
            <p>Bantu kami memperbaiki layanan: <a href="{$p/survei/@href}">isi survei kepuasan</a>
              (sembilan pertanyaan, sekitar dua menit; satu kali per permohonan).</p>
          </xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:if>
    <xsl:call-template name="percakapan-pemohon"/>
    <!-- The history grows with every step: on the screen only, so the
         receipt stays one page. -->
    <section class="tanpa-cetak riwayat-bagian">
    <h2>Riwayat</h2>
    <ul class="riwayat">
      <xsl:for-each select="$p/riwayat/peristiwa">
        <li><xsl:value-of select="@waktu"/>: <xsl:if test="@keberatan"><span class="riwayat-keberatan">Keberatan <xsl:value-of select="@keberatan"/> — <xsl:value-of select="@aksi_teks"/>: </span></xsl:if><xsl:value-of select="."/></li>
      </xsl:for-each>
    </ul>
    </section>
    <p class="tanpa-cetak"><a href="{$dasar}/lacak">Lacak permohonan lain</a></p>
  </xsl:template>


</xsl:stylesheet>
