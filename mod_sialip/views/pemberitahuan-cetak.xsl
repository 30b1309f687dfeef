<?xml version="1.0" encoding="UTF-8"?>
<!-- The printable written notice with its number (UU 14/2008 Pasal 22(7)):
     the place and date line, the addressee, the outcome, the last day to
     object as a date, the signatory with the NIP; a print button (cetak.js)
     and the way back to the request, neither printed. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="s" select="surat"/>
    <xsl:variable name="n" select="surat/pemberitahuan"/>
    <xsl:variable name="kembali">
      <xsl:choose>
        <xsl:when test="/halaman/konteks/pengguna"><xsl:value-of select="concat($dasar, '/admin/permohonan/', $s/@permohonan)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="concat($dasar, '/permohonan/', $s/@permohonan)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <nav class="tanpa-cetak aksi-surat" aria-label="Tindakan">
      <button type="button" class="tombol-cetak" hidden="hidden">Cetak pemberitahuan</button>
      <a href="{$kembali}" class="kembali">Kembali ke permohonan <xsl:value-of select="$s/@permohonan"/></a>
      <p class="bantuan">Untuk mencetak, gunakan tombol Cetak atau perintah cetak peramban (Ctrl+P).</p>
    </nav>
    <article class="kotak surat">
      <p class="cetak"><strong>PEMERINTAH KABUPATEN SERANG — PPID</strong></p>
      <p class="tempat-tanggal"><xsl:value-of select="$n/tempat_tanggal"/></p>
      <h2>Pemberitahuan Tertulis Nomor <span class="nomor-pemberitahuan"><xsl:value-of select="$n/@nomor"/></span></h2>
      <div class="kepada">
        <p>Kepada Yth.<br/>
          <span class="kepada-nama"><xsl:value-of select="$n/kepada/nama"/></span><br/>
          <span class="kepada-alamat"><xsl:value-of select="$n/kepada/alamat"/></span></p>
      </div>
      <p>Atas permohonan informasi nomor <xsl:value-of select="$s/@permohonan"/>
        <xsl:if test="$s/nama != ''"> dari <xsl:value-of select="$s/nama"/></xsl:if>, kami sampaikan:</p>
      <table>
        <tr><th>Keputusan</th><td class="keputusan"><xsl:value-of select="$n/keputusan_teks"/></td></tr>
        <tr><th>Penguasaan informasi</th><td><xsl:value-of select="$n/penguasaan"/></td></tr>
        <xsl:if test="$n/informasi_diberikan != ''"><tr><th>Informasi yang diberikan</th><td><xsl:value-of select="$n/informasi_diberikan"/></td></tr></xsl:if>
        <xsl:if test="$n/bagian_dihitamkan != ''"><tr><th>Bagian yang dihitamkan</th><td><xsl:value-of select="$n/bagian_dihitamkan"/></td></tr>
          <tr><th>Alasan penghitaman</th><td><xsl:value-of select="$n/alasan_penghitaman"/></td></tr></xsl:if>
        <xsl:for-each select="$n/pengecualian">
          <tr><th>Dasar penolakan</th><td>Informasi dikecualikan berdasarkan UU 14/2008 Pasal 17 huruf <xsl:value-of select="@pasal17"/>: <xsl:value-of select="informasi"/>.
            Dasar hukum: <xsl:value-of select="dasar_hukum"/>. Uji konsekuensi: <xsl:value-of select="konsekuensi"/>. Jangka waktu pengecualian: <xsl:value-of select="jangka_waktu"/>.</td></tr>
        </xsl:for-each>
        <xsl:if test="$n/diteruskan_ke != ''"><tr><th>Badan publik yang menguasai</th><td><xsl:value-of select="$n/diteruskan_ke"/></td></tr></xsl:if>
        <xsl:if test="$n/janji_waktu != ''"><tr><th>Informasi akan tersedia</th><td><xsl:value-of select="$n/janji_waktu"/></td></tr></xsl:if>
        <xsl:if test="$n/alasan_prosedural != ''"><tr><th>Persyaratan yang belum dipenuhi</th><td><xsl:value-of select="$n/alasan_prosedural"/></td></tr></xsl:if>
        <xsl:if test="$n/bentuk != ''"><tr><th>Bentuk</th><td><xsl:value-of select="$n/bentuk"/></td></tr></xsl:if>
        <xsl:if test="$n/cara_penyampaian != ''"><tr><th>Cara penyampaian</th><td><xsl:value-of select="$n/cara_penyampaian"/></td></tr></xsl:if>
        <xsl:if test="$s/kebutuhan_khusus"><tr><th>Kebutuhan khusus pemohon</th><td class="kebutuhan-khusus"><xsl:value-of select="$s/kebutuhan_khusus/@teks"/></td></tr></xsl:if>
        <tr><th>Biaya</th><td class="biaya"><xsl:value-of select="$n/biaya"/>
          <xsl:if test="$n/rincian_biaya != ''"><pre class="rincian-biaya"><xsl:value-of select="$n/rincian_biaya"/></pre></xsl:if></td></tr>
        <xsl:for-each select="$n/per_opd/bagian">
          <tr class="bagian-opd"><th>Bagian <xsl:value-of select="@opd"/></th><td><xsl:value-of select="keputusan_teks"/>
            <xsl:if test="keterangan != ''">. <xsl:value-of select="keterangan"/></xsl:if></td></tr>
        </xsl:for-each>
        <tr><th>Cara pembayaran</th><td class="pembayaran"><xsl:choose>
          <xsl:when test="$n/pembayaran/@status = 'tanpa_biaya'">Tanpa biaya</xsl:when>
          <xsl:otherwise><xsl:value-of select="$n/pembayaran/cara_teks"/>. <xsl:value-of select="$n/pembayaran/keterangan"/></xsl:otherwise>
        </xsl:choose></td></tr>
        <xsl:if test="$n/waktu_penyediaan"><tr><th>Waktu penyediaan informasi</th><td class="waktu-penyediaan">paling lambat <xsl:value-of select="$n/waktu_penyediaan"/>
          <xsl:if test="$n/waktu_penyediaan/@terlambat"><xsl:text> </xsl:text><span class="label lewat">Terlambat: belum diserahkan</span></xsl:if></td></tr></xsl:if>
        <xsl:if test="$n/diserahkan"><tr><th>Informasi diserahkan</th><td class="diserahkan"><xsl:value-of select="$n/diserahkan"/>
          <xsl:if test="$n/diserahkan/@terlambat"><xsl:text> </xsl:text><span class="label lewat">melewati tanggal yang dijanjikan</span></xsl:if></td></tr></xsl:if>
        <tr><th>Diterbitkan</th><td><xsl:value-of select="$n/diterbitkan"/> oleh <xsl:value-of select="$n/penerbit"/></td></tr>
      </table>
      <xsl:if test="$n/dokumen/berkas">
        <h3>Dokumen</h3>
        <ul>
          <xsl:for-each select="$n/dokumen/berkas">
            <li>
              <xsl:choose>
                <xsl:when test="/halaman/konteks/pengguna"><a href="{$dasar}/admin/permohonan/{$s/@permohonan}/dokumen/{@id}"><xsl:value-of select="."/></a></xsl:when>
                <xsl:otherwise><a class="unduh" href="{$dasar}/permohonan/{$s/@permohonan}/dokumen/{@id}"><xsl:value-of select="."/></a></xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
      <p class="hak-keberatan">Apabila Anda tidak puas, Anda dapat mengajukan keberatan kepada Atasan PPID
        <xsl:choose>
          <xsl:when test="$n/batas_keberatan">paling lambat <strong class="batas-keberatan"><xsl:value-of select="$n/batas_keberatan"/></strong>
            (30 hari kerja setelah pemberitahuan ini, menurut kalender hari kerja Kabupaten Serang;
            UU 14/2008 Pasal 35-36).</xsl:when>
          <xsl:otherwise>paling lambat 30 hari kerja setelah pemberitahuan ini diterima (UU 14/2008 Pasal 35-36).</xsl:otherwise>
        </xsl:choose></p>
      <div class="tanda-tangan">
        <p class="penandatangan-jabatan"><xsl:value-of select="$n/penandatangan/jabatan"/>,</p>
        <p class="ruang-tanda-tangan" aria-hidden="true"> </p>
        <p class="penandatangan-nama"><strong><xsl:value-of select="$n/penandatangan/nama"/></strong></p>
        <xsl:variable name="nip" select="$n/penandatangan/nip"/>
        <xsl:if test="$nip != ''">
          <p class="penandatangan-nip">NIP. <xsl:value-of select="concat(substring($nip, 1, 8), ' ', substring($nip, 9, 6), ' ', substring($nip, 15, 1), ' ', substring($nip, 16, 3))"/></p>
        </xsl:if>
      </div>
    </article>
    <script src="{$dasar}/aset/cetak.js" defer="defer"></script>
  </xsl:template>
</xsl:stylesheet>
