<?xml version="1.0" encoding="UTF-8"?>
<!-- The request form; re-shown with the person's values and an error
     beside each field that needs fixing. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>

  <xsl:variable name="isian" select="/halaman/formulir/isian"/>

  <xsl:template name="teks">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <xsl:param name="jenis" select="'text'"/>
    <xsl:param name="bantuan"/>
    <xsl:param name="wajib"/>
    <label for="{$nama}"><xsl:value-of select="$label"/><xsl:call-template name="tanda-wajib"><xsl:with-param name="wajib" select="$wajib"/></xsl:call-template></label>
    <xsl:if test="$bantuan"><p class="bantuan"><xsl:value-of select="$bantuan"/></p></xsl:if>
    <input id="{$nama}" name="{$nama}" type="{$jenis}" value="{$isian/nilai[@nama = $nama]}">
      <xsl:call-template name="aria-galat"><xsl:with-param name="nama" select="$nama"/></xsl:call-template>
    </input>
    <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="area">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <xsl:param name="wajib"/>
    <label for="{$nama}"><xsl:value-of select="$label"/><xsl:call-template name="tanda-wajib"><xsl:with-param name="wajib" select="$wajib"/></xsl:call-template></label>
    <textarea id="{$nama}" name="{$nama}" rows="4">
      <xsl:call-template name="aria-galat"><xsl:with-param name="nama" select="$nama"/></xsl:call-template>
      <xsl:value-of select="$isian/nilai[@nama = $nama]"/>
    </textarea>
    <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="pilihan">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <xsl:param name="wajib"/>
    <xsl:param name="bantuan"/>
    <fieldset id="kelompok-{$nama}">
      <legend><xsl:value-of select="$label"/><xsl:call-template name="tanda-wajib"><xsl:with-param name="wajib" select="$wajib"/></xsl:call-template></legend>
      <xsl:if test="$bantuan"><p class="bantuan"><xsl:value-of select="$bantuan"/></p></xsl:if>
      <xsl:for-each select="/halaman/formulir/pilihan[@untuk = $nama]/opsi">
        <input type="radio" id="{$nama}-{@nilai}" name="{$nama}" value="{@nilai}">
          <xsl:call-template name="aria-galat"><xsl:with-param name="nama" select="$nama"/></xsl:call-template>
          <xsl:if test="@nilai = $isian/nilai[@nama = $nama]">
            <xsl:attribute name="checked">checked</xsl:attribute>
          </xsl:if>
        </input>
        <label for="{$nama}-{@nilai}"><xsl:value-of select="."/></label>
      </xsl:for-each>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
    </fieldset>
  </xsl:template>

  <!-- " (wajib)" after the label of a field that must be filled in; the
       text, not a colour or an asterisk alone, says so. -->
  <xsl:template name="tanda-wajib">
    <xsl:param name="wajib"/>
    <xsl:if test="$wajib"><span class="wajib"> (<xsl:value-of select="$wajib"/>)</span></xsl:if>
  </xsl:template>

  <!-- A field with an error says so to screen readers and points to its
       message (the galat-field paragraph after it). -->
  <xsl:template name="aria-galat">
    <xsl:param name="nama"/>
    <xsl:if test="/halaman/formulir/galat[@untuk = $nama]">
      <xsl:attribute name="class">isian-salah</xsl:attribute>
      <xsl:attribute name="aria-invalid">true</xsl:attribute>
      <xsl:attribute name="aria-describedby">galat-<xsl:value-of select="$nama"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- Where a message's link in the summary leads: the field, or the first
       button of a radio group. -->
  <xsl:template name="sasaran">
    <xsl:param name="nama"/>
    <xsl:variable name="opsi" select="/halaman/formulir/pilihan[@untuk = $nama]/opsi[1]/@nilai"/>
    <xsl:text>#</xsl:text><xsl:value-of select="$nama"/>
    <xsl:if test="$opsi">-<xsl:value-of select="$opsi"/></xsl:if>
  </xsl:template>

  <xsl:template match="halaman" mode="isi">
    <xsl:if test="formulir/galat">
      <!-- The summary takes the focus when the page opens (no script):
           each problem a link to its field. -->
      <div class="kotak galat" role="alert" id="ringkasan-galat" tabindex="-1"
           autofocus="autofocus" aria-labelledby="judul-galat">
        <xsl:choose>
          <xsl:when test="formulir/galat[@untuk = 'formulir']">
            <p id="judul-galat"><xsl:value-of select="formulir/galat[@untuk = 'formulir']"/></p>
          </xsl:when>
          <xsl:otherwise>
            <p id="judul-galat">Permohonan belum terkirim. Perbaiki isian berikut:</p>
            <ul>
              <xsl:for-each select="formulir/galat">
                <li><a>
                  <xsl:attribute name="href"><xsl:call-template name="sasaran"><xsl:with-param name="nama" select="@untuk"/></xsl:call-template></xsl:attribute>
                  <xsl:value-of select="."/></a></li>
              </xsl:for-each>
            </ul>
          </xsl:otherwise>
        </xsl:choose>
      </div>
    </xsl:if>
    <xsl:if test="not(formulir/@staf)">
      <!-- "Cari dulu" (arsip_cari_dulu.c): works without JavaScript. -->
      <section class="kotak info cari-dulu" aria-labelledby="judul-cari-dulu">
        <h2 id="judul-cari-dulu">Cari dulu</h2>
        <p>Informasi yang Anda perlukan mungkin sudah diumumkan di Daftar Informasi Publik
          atau pernah diberikan kepada pemohon lain. Cari dulu, lalu ajukan permohonan bila
          belum ada.</p>
        <form method="get" action="{$dasar}/cari-dulu" class="formulir" role="search">
          <label for="cari-dulu-q">Informasi yang Anda cari</label>
          <input id="cari-dulu-q" name="q" type="search"/>
          <button type="submit">Cari dulu</button>
        </form>
      </section>
    </xsl:if>
    <p class="bantuan">Isian bertanda (wajib) harus diisi.</p>
    <form method="post" enctype="multipart/form-data" class="formulir"
          novalidate="novalidate">
      <xsl:attribute name="action">
        <xsl:choose>
          <xsl:when test="formulir/@staf"><xsl:value-of select="$dasar"/>/admin/permohonan/baru</xsl:when>
          <xsl:otherwise><xsl:value-of select="$dasar"/>/permohonan</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:if test="formulir/@staf">
        <xsl:call-template name="csrf"/>
        <xsl:call-template name="pilihan">
          <xsl:with-param name="nama">kanal</xsl:with-param>
          <xsl:with-param name="label">Saluran permohonan</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="teks">
          <xsl:with-param name="nama">diterima</xsl:with-param>
          <xsl:with-param name="label">Waktu diterima (WIB)</xsl:with-param>
          <xsl:with-param name="bantuan">Tanggal dan jam permohonan benar-benar diterima, misalnya 2026-03-13 10:00. Tidak boleh lebih dari sekarang.</xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="pilihan">
        <xsl:with-param name="nama">jenis_pemohon</xsl:with-param>
        <xsl:with-param name="wajib">wajib</xsl:with-param>
        <xsl:with-param name="label">Jenis pemohon</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="teks">
        <xsl:with-param name="nama">nama</xsl:with-param>
        <xsl:with-param name="wajib">wajib</xsl:with-param>
        <xsl:with-param name="label">Nama lengkap</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="teks">
        <xsl:with-param name="nama">nik</xsl:with-param>
        <xsl:with-param name="wajib">wajib, kecuali badan hukum</xsl:with-param>
        <xsl:with-param name="label">NIK</xsl:with-param>
        <xsl:with-param name="bantuan">16 angka sesuai KTP; untuk kelompok, NIK penerima kuasa.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="teks">
        <xsl:with-param name="nama">nomor_badan_hukum</xsl:with-param>
        <xsl:with-param name="label">Nomor SK pengesahan badan hukum (khusus badan hukum)</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="area">
        <xsl:with-param name="nama">alamat</xsl:with-param>
        <xsl:with-param name="wajib">wajib</xsl:with-param>
        <xsl:with-param name="label">Alamat</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="teks">
        <xsl:with-param name="nama">telepon</xsl:with-param>
        <xsl:with-param name="wajib">telepon atau e-mail wajib</xsl:with-param>
        <xsl:with-param name="label">Nomor telepon</xsl:with-param>
        <xsl:with-param name="jenis">tel</xsl:with-param>
        <xsl:with-param name="bantuan">Isi telepon atau e-mail; salah satu wajib.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="teks">
        <xsl:with-param name="nama">email</xsl:with-param>
        <xsl:with-param name="label">Alamat e-mail</xsl:with-param>
        <xsl:with-param name="jenis">email</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="teks">
        <xsl:with-param name="nama">pekerjaan</xsl:with-param>
        <xsl:with-param name="wajib">wajib</xsl:with-param>
        <xsl:with-param name="label">Pekerjaan</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="area">
        <xsl:with-param name="nama">rincian</xsl:with-param>
        <xsl:with-param name="wajib">wajib</xsl:with-param>
        <xsl:with-param name="label">Rincian informasi yang diminta</xsl:with-param>
      </xsl:call-template>
      <xsl:if test="not(formulir/@staf)">
        <div id="saran-cari-dulu" class="cari-dulu" aria-live="polite"
             data-sumber="{$dasar}/cari-dulu.xml"></div>
      </xsl:if>
      <xsl:call-template name="area">
        <xsl:with-param name="nama">tujuan</xsl:with-param>
        <xsl:with-param name="wajib">wajib</xsl:with-param>
        <xsl:with-param name="label">Tujuan penggunaan informasi</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="pilihan">
        <xsl:with-param name="nama">cara_memperoleh</xsl:with-param>
        <xsl:with-param name="wajib">wajib</xsl:with-param>
        <xsl:with-param name="label">Cara memperoleh informasi</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="pilihan">
        <xsl:with-param name="nama">cara_salinan</xsl:with-param>
        <xsl:with-param name="label">Cara mendapatkan salinan informasi</xsl:with-param>
        <xsl:with-param name="wajib">wajib bila meminta salinan</xsl:with-param>
        <xsl:with-param name="bantuan">Kosongkan bila Anda hanya ingin melihat, membaca, mendengarkan, atau mencatat informasi.</xsl:with-param>
      </xsl:call-template>
      <label for="identitas">Dokumen identitas</label>
      <ul class="bantuan" id="syarat-identitas">
        <li>Perorangan: salinan KTP (wajib).</li>
        <li>Badan hukum: salinan akta pendirian atau anggaran dasar (wajib).</li>
        <li>Kelompok orang: surat kuasa khusus beserta salinan KTP pemberi dan penerima kuasa (wajib).</li>
      </ul>
      <p class="bantuan">Berkas PDF, JPEG, atau PNG, paling besar
        <xsl:value-of select="formulir/batas_unggah"/> MB.</p>
      <input id="identitas" name="identitas" type="file"
             accept="application/pdf,image/jpeg,image/png">
        <xsl:call-template name="aria-galat"><xsl:with-param name="nama">identitas</xsl:with-param></xsl:call-template>
      </input>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk">identitas</xsl:with-param></xsl:call-template>
      <p class="bantuan">Jika ada isian yang salah, berkas perlu dipilih ulang.</p>
      <button type="submit">Kirim permohonan</button>
    </form>
    <xsl:if test="not(formulir/@staf)">
      <script src="{$dasar}/aset/cari-dulu.js" defer="defer"></script>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
