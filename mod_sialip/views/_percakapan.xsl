<?xml version="1.0" encoding="UTF-8"?>
<!-- The conversation on a request (percakapan.c): the messages, an open
     request for clarification and whether it stops the clock, a reopened
     request, and the forms.  The applicant's status page and the officers'
     request page both use it; messages never appear on a public page. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="percakapan-daftar">
    <xsl:param name="c"/>
    <xsl:choose>
      <xsl:when test="$c/pesan">
        <ol class="pesan-daftar">
          <xsl:for-each select="$c/pesan">
            <li class="pesan pesan-{@pengirim} pesan-{@jenis}" id="pesan-{@id}">
              <p class="pesan-kepala"><strong><xsl:value-of select="@oleh"/></strong>
                <xsl:if test="@jenis != 'pesan'"> · <span class="pesan-jenis"><xsl:value-of select="@jenis_teks"/></span></xsl:if>
                <br/><span class="pesan-waktu"><xsl:value-of select="@waktu"/></span></p>
              <p class="pesan-isi"><xsl:value-of select="isi"/></p>
              <xsl:for-each select="lampiran">
                <p class="pesan-lampiran">Lampiran: <a class="unduh" href="{@href}"><xsl:value-of select="."/></a>
                  (<xsl:value-of select="@kb"/> KB)</p>
              </xsl:for-each>
            </li>
          </xsl:for-each>
        </ol>
      </xsl:when>
      <xsl:otherwise><p class="pesan-kosong">Belum ada pesan.</p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A textarea and an attachment; $gagal: this form was refused, so the
       text comes back and the message is beside it. -->
  <xsl:template name="percakapan-isian">
    <xsl:param name="c"/>
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <xsl:param name="id"/>
    <xsl:param name="untuk"/>
    <xsl:param name="kembali"/>
    <xsl:param name="lampiran" select="true()"/>
    <xsl:variable name="salah" select="/halaman/*/galat[@untuk = $untuk]"/>
    <label for="{$id}"><xsl:value-of select="$label"/></label>
    <p class="bantuan">Paling panjang <xsl:value-of select="$c/@batas"/> karakter.</p>
    <textarea id="{$id}" name="{$nama}" rows="4" required="required">
      <xsl:if test="$salah">
        <xsl:attribute name="class">isian-salah</xsl:attribute>
        <xsl:attribute name="aria-invalid">true</xsl:attribute>
        <xsl:attribute name="aria-describedby">galat-<xsl:value-of select="$untuk"/></xsl:attribute>
      </xsl:if>
      <xsl:value-of select="$kembali"/>
    </textarea>
    <xsl:if test="$untuk != 'lampiran'">
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$untuk"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="$lampiran">
      <label for="{$id}-lampiran">Lampiran (tidak wajib)</label>
      <p class="bantuan">PDF, JPEG, atau PNG, paling besar <xsl:value-of select="$c/@batas_mb"/> MB.</p>
      <input type="file" id="{$id}-lampiran" name="lampiran"
             accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png">
        <xsl:if test="/halaman/*/galat[@untuk = 'lampiran']">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby">galat-lampiran</xsl:attribute>
        </xsl:if>
      </input>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk">lampiran</xsl:with-param></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="percakapan-keadaan">
    <xsl:param name="c"/>
    <xsl:param name="staf"/>
    <xsl:for-each select="$c/klarifikasi">
      <div class="kotak peringatan klarifikasi-menunggu" role="status">
        <p><strong>Menunggu klarifikasi dari pemohon.</strong>
          PPID meminta klarifikasi pada <xsl:value-of select="@diminta"/>.
          <xsl:choose>
            <xsl:when test="@jeda = '1'">Waktu jawaban berhenti sampai pemohon menjawab; batas waktu pemberitahuan bergeser sebanyak hari kerja menunggu.</xsl:when>
            <xsl:otherwise>Waktu jawaban tetap berjalan selama menunggu.</xsl:otherwise>
          </xsl:choose>
          <xsl:if test="not($staf)"> Pesan Anda berikutnya menjadi jawaban atas permintaan ini.</xsl:if></p>
      </div>
    </xsl:for-each>
    <xsl:for-each select="$c/dibuka_kembali">
      <div class="kotak info dibuka-kembali" role="status">
        <p><strong>Permohonan dibuka kembali.</strong> Tindak lanjut PPID paling lambat
          <xsl:value-of select="@tindak_lanjut"/>. Pemberitahuan tertulis yang sudah terbit tetap berlaku.</p>
      </div>
    </xsl:for-each>
  </xsl:template>

  <!-- The applicant's side, on the status page. -->
  <xsl:template name="percakapan-pemohon">
    <xsl:variable name="c" select="/halaman/permohonan/percakapan"/>
    <section class="percakapan tanpa-cetak" id="percakapan" aria-labelledby="judul-percakapan">
      <h2 id="judul-percakapan">Percakapan dengan PPID</h2>
      <p class="bantuan">Hanya Anda (dengan nomor dan kode pelacakan) dan petugas PPID yang
        menangani permohonan ini yang dapat membaca percakapan ini; percakapan tidak pernah
        diumumkan, juga tidak di arsip permohonan.</p>
      <xsl:call-template name="percakapan-keadaan"><xsl:with-param name="c" select="$c"/></xsl:call-template>
      <xsl:call-template name="percakapan-daftar"><xsl:with-param name="c" select="$c"/></xsl:call-template>
      <xsl:choose>
        <xsl:when test="$c/@terbuka = '1'">
          <form method="post" action="{$c/@aksi}" enctype="multipart/form-data" class="formulir">
            <xsl:call-template name="percakapan-isian">
              <xsl:with-param name="c" select="$c"/>
              <xsl:with-param name="nama">isi</xsl:with-param>
              <!-- Not "isi": that is the id of the layout's <main>. -->
              <xsl:with-param name="id">tulis-pesan</xsl:with-param>
              <xsl:with-param name="untuk">isi</xsl:with-param>
              <xsl:with-param name="label">
                <xsl:choose>
                  <xsl:when test="$c/klarifikasi">Jawaban klarifikasi untuk PPID</xsl:when>
                  <xsl:otherwise>Tulis pesan untuk PPID</xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
              <xsl:with-param name="kembali" select="/halaman/permohonan/isian/nilai[@nama = 'isi']"/>
            </xsl:call-template>
            <button type="submit">Kirim pesan</button>
          </form>
        </xsl:when>
        <xsl:otherwise>
          <p>Permohonan ini sudah selesai; percakapan ditutup.</p>
          <xsl:call-template name="galat-field"><xsl:with-param name="untuk">isi</xsl:with-param></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- The officers' side, on the request page; a refused form comes back
       with galat untuk = "pesan", "buka" or "tutup-kembali". -->
  <xsl:template name="percakapan-staf">
    <xsl:param name="url"/>
    <xsl:variable name="p" select="/halaman/permohonan"/>
    <xsl:variable name="c" select="$p/percakapan"/>
    <xsl:variable name="gagal" select="$p/galat/@untuk"/>
    <section class="kotak percakapan" id="percakapan" aria-labelledby="judul-percakapan">
      <h2 id="judul-percakapan">Percakapan dengan pemohon</h2>
      <xsl:call-template name="percakapan-keadaan">
        <xsl:with-param name="c" select="$c"/>
        <xsl:with-param name="staf" select="true()"/>
      </xsl:call-template>
      <xsl:call-template name="percakapan-daftar"><xsl:with-param name="c" select="$c"/></xsl:call-template>
      <xsl:if test="$c/@boleh_tulis = '1' and $c/@terbuka = '1'">
        <form method="post" action="{$url}/pesan" enctype="multipart/form-data" class="formulir">
          <xsl:call-template name="csrf"/>
          <xsl:call-template name="percakapan-isian">
            <xsl:with-param name="c" select="$c"/>
            <xsl:with-param name="nama">isi</xsl:with-param>
            <xsl:with-param name="id">pesan-isi</xsl:with-param>
            <xsl:with-param name="untuk">pesan</xsl:with-param>
            <xsl:with-param name="label">Pesan untuk pemohon</xsl:with-param>
            <xsl:with-param name="kembali" select="$p/isian/nilai[@nama = 'isi'][$gagal = 'pesan']"/>
          </xsl:call-template>
          <xsl:if test="$c/@jam_berjalan = '1' and not($c/klarifikasi)">
            <fieldset>
              <legend>Jenis pesan</legend>
              <input type="radio" id="jenis-pesan" name="jenis" value="pesan" checked="checked"/>
              <label for="jenis-pesan">Pesan biasa</label>
              <input type="radio" id="jenis-klarifikasi" name="jenis" value="klarifikasi">
                <xsl:if test="$gagal = 'pesan' and $p/isian/nilai[@nama = 'jenis'] = 'klarifikasi'">
                  <xsl:attribute name="checked">checked</xsl:attribute>
                </xsl:if>
              </input>
              <label for="jenis-klarifikasi">Minta klarifikasi (status "menunggu klarifikasi";
                <xsl:choose>
                  <xsl:when test="$c/@jeda_berlaku = '1'">waktu jawaban berhenti sampai pemohon menjawab</xsl:when>
                  <xsl:otherwise>waktu jawaban tetap berjalan</xsl:otherwise>
                </xsl:choose>)</label>
            </fieldset>
          </xsl:if>
          <button type="submit">Kirim</button>
        </form>
      </xsl:if>
      <xsl:if test="$c/@boleh_tulis = '1' and $c/@terbuka = '0'">
        <form method="post" action="{$url}/buka" class="formulir">
          <xsl:call-template name="csrf"/>
          <xsl:call-template name="percakapan-isian">
            <xsl:with-param name="c" select="$c"/>
            <xsl:with-param name="nama">alasan</xsl:with-param>
            <xsl:with-param name="id">buka-alasan</xsl:with-param>
            <xsl:with-param name="untuk">buka</xsl:with-param>
            <xsl:with-param name="label">Buka kembali permohonan — alasan (dikirim ke pemohon dan dicatat)</xsl:with-param>
            <xsl:with-param name="kembali" select="$p/isian/nilai[@nama = 'alasan'][$gagal = 'buka']"/>
            <xsl:with-param name="lampiran" select="false()"/>
          </xsl:call-template>
          <button type="submit">Buka kembali</button>
        </form>
      </xsl:if>
      <xsl:if test="$c/@boleh_tulis = '1' and $c/dibuka_kembali">
        <form method="post" action="{$url}/tutup-kembali" class="formulir">
          <xsl:call-template name="csrf"/>
          <xsl:call-template name="percakapan-isian">
            <xsl:with-param name="c" select="$c"/>
            <xsl:with-param name="nama">catatan</xsl:with-param>
            <xsl:with-param name="id">tutup-catatan</xsl:with-param>
            <xsl:with-param name="untuk">tutup-kembali</xsl:with-param>
            <xsl:with-param name="label">Tutup kembali — catatan tindak lanjut untuk pemohon</xsl:with-param>
            <xsl:with-param name="kembali" select="$p/isian/nilai[@nama = 'catatan'][$gagal = 'tutup-kembali']"/>
            <xsl:with-param name="lampiran" select="false()"/>
          </xsl:call-template>
          <button type="submit">Tutup kembali</button>
        </form>
      </xsl:if>
    </section>
  </xsl:template>
</xsl:stylesheet>
