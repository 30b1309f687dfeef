<?xml version="1.0" encoding="UTF-8"?>
<!-- The written notice form (issue 17): the outcome first, then only the
     chosen outcome's fields (one fieldset per outcome, shown by CSS :has()
     without any script; a browser without :has() shows them all, and the
     server checks only the chosen outcome's fields). Started from the
     OPDs' answers and what the citizen asked; the tariff asks quantities,
     each with its unit; the signatory and the place. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>

  <xsl:variable name="f" select="/halaman/formulir"/>

  <xsl:template name="kelas-salah">
    <xsl:param name="nama"/>
    <xsl:if test="$f/galat[@untuk = $nama]">
      <xsl:attribute name="class">isian-salah</xsl:attribute>
      <xsl:attribute name="aria-invalid">true</xsl:attribute>
      <xsl:attribute name="aria-describedby">galat-<xsl:value-of select="$nama"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template name="area">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <xsl:param name="baris" select="3"/>
    <label for="{$nama}"><xsl:value-of select="$label"/></label>
    <textarea id="{$nama}" name="{$nama}" rows="{$baris}">
      <xsl:call-template name="kelas-salah"><xsl:with-param name="nama" select="$nama"/></xsl:call-template>
      <xsl:value-of select="$f/isian/nilai[@nama = $nama]"/></textarea>
    <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="teks">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <xsl:param name="mode"/>
    <label for="{$nama}"><xsl:value-of select="$label"/></label>
    <input id="{$nama}" name="{$nama}" type="text" value="{$f/isian/nilai[@nama = $nama]}">
      <xsl:if test="$mode"><xsl:attribute name="inputmode"><xsl:value-of select="$mode"/></xsl:attribute></xsl:if>
      <xsl:call-template name="kelas-salah"><xsl:with-param name="nama" select="$nama"/></xsl:call-template>
    </input>
    <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="radio">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <fieldset>
      <legend><xsl:value-of select="$label"/></legend>
      <xsl:for-each select="$f/pilihan[@untuk = $nama]/opsi">
        <input type="radio" id="{$nama}-{@nilai}" name="{$nama}" value="{@nilai}">
          <xsl:if test="@nilai = $f/isian/nilai[@nama = $nama]"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        </input>
        <label for="{$nama}-{@nilai}"><xsl:value-of select="."/></label><br/>
      </xsl:for-each>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
    </fieldset>
  </xsl:template>

  <xsl:template match="halaman" mode="isi">
    <p><a href="{$dasar}/admin/permohonan/{$f/@nomor}">Kembali ke permohonan <xsl:value-of select="$f/@nomor"/></a></p>
    <section class="kotak ringkas-permohonan">
      <p><strong>Permohonan:</strong><xsl:text> </xsl:text><xsl:value-of select="$f/rincian"/></p>
      <p class="diminta"><strong>Pemohon meminta:</strong><xsl:text> </xsl:text>
        <xsl:value-of select="$f/cara_memperoleh"/>
        <xsl:if test="$f/cara_salinan">; salinan dikirim dengan cara: <xsl:value-of select="$f/cara_salinan"/></xsl:if></p>
      <xsl:for-each select="$f/jawaban_opd">
        <p class="jawaban-opd"><strong>Jawaban <xsl:value-of select="@opd"/>:</strong>
          <xsl:text> </xsl:text><xsl:value-of select="."/></p>
      </xsl:for-each>
    </section>
    <xsl:if test="$f/galat"><div class="kotak galat" role="alert"><p>Pemberitahuan belum diterbitkan. Lengkapi isian yang ditandai.</p></div></xsl:if>
    <form method="post" action="{$dasar}/admin/permohonan/{$f/@nomor}/pemberitahuan"
          enctype="multipart/form-data" class="formulir pemberitahuan">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="radio"><xsl:with-param name="nama">keputusan</xsl:with-param><xsl:with-param name="label">Keputusan</xsl:with-param></xsl:call-template>
      <p class="petunjuk-hasil bantuan">Pilih keputusan; isian yang diperlukan keputusan itu tampil di bawah.</p>

      <fieldset class="hasil untuk-diberikan_seluruhnya untuk-diberikan_sebagian" id="hasil-diberikan">
        <legend>Informasi yang diberikan</legend>
        <xsl:call-template name="area"><xsl:with-param name="nama">informasi_diberikan</xsl:with-param><xsl:with-param name="label">Informasi yang diberikan (diisi dari jawaban OPD; ubah bila perlu)</xsl:with-param><xsl:with-param name="baris" select="5"/></xsl:call-template>
        <xsl:if test="$f/kebutuhan_khusus">
          <div class="kotak peringatan kebutuhan-khusus" role="note"><p><strong>Kebutuhan khusus pemohon:</strong>
            <xsl:value-of select="$f/kebutuhan_khusus/@teks"/>. Pilih bentuk dan cara penyampaian yang sesuai.</p></div>
        </xsl:if>
        <xsl:call-template name="radio"><xsl:with-param name="nama">bentuk</xsl:with-param><xsl:with-param name="label">Bentuk informasi (sesuai permintaan pemohon)</xsl:with-param></xsl:call-template>
        <xsl:call-template name="radio"><xsl:with-param name="nama">cara_penyampaian</xsl:with-param><xsl:with-param name="label">Cara penyampaian (sesuai permintaan pemohon)</xsl:with-param></xsl:call-template>
        <fieldset class="tarif">
          <legend>Biaya penggandaan dan pengiriman</legend>
          <p class="bantuan">Isi <strong>banyaknya</strong> (jumlah lembar, keping, atau kiriman),
            bukan rupiah. Biaya dalam rupiah dihitung dari tarif yang diumumkan; kosongkan bila tanpa biaya.</p>
          <xsl:for-each select="$f/tarif/butir">
            <div class="butir-tarif">
              <label for="tarif_{@id}"><xsl:value-of select="."/>: banyaknya <xsl:value-of select="@satuan"/>
                <span class="harga"> (tarif <xsl:value-of select="@harga"/> per <xsl:value-of select="@satuan"/>)</span></label>
              <input id="tarif_{@id}" name="tarif_{@id}" type="text" inputmode="numeric" value="{@jumlah}" size="6"/>
              <xsl:text> </xsl:text><span class="satuan"><xsl:value-of select="@satuan"/></span>
            </div>
          </xsl:for-each>
          <xsl:call-template name="galat-field"><xsl:with-param name="untuk">tarif</xsl:with-param></xsl:call-template>
        </fieldset>
        <xsl:call-template name="radio"><xsl:with-param name="nama">cara_pembayaran</xsl:with-param><xsl:with-param name="label">Cara pembayaran (bila ada biaya)</xsl:with-param></xsl:call-template>
        <label for="dokumen">Dokumen yang diberikan (PDF, JPEG, PNG; boleh lebih dari satu)</label>
        <input id="dokumen" name="dokumen" type="file" multiple="multiple" accept="application/pdf,image/jpeg,image/png"/>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk">dokumen</xsl:with-param></xsl:call-template>
      </fieldset>

      <fieldset class="hasil untuk-diberikan_sebagian" id="hasil-sebagian">
        <legend>Bagian yang dihitamkan</legend>
        <xsl:call-template name="area"><xsl:with-param name="nama">bagian_dihitamkan</xsl:with-param><xsl:with-param name="label">Bagian yang dihitamkan</xsl:with-param></xsl:call-template>
        <xsl:call-template name="area"><xsl:with-param name="nama">alasan_penghitaman</xsl:with-param><xsl:with-param name="label">Alasan penghitaman</xsl:with-param></xsl:call-template>
      </fieldset>

      <fieldset class="hasil untuk-ditolak_dikecualikan" id="hasil-dikecualikan">
        <legend>Dasar penolakan</legend>
        <label for="dikecualikan_id">Uji konsekuensi (Daftar Informasi yang Dikecualikan)</label>
        <select id="dikecualikan_id" name="dikecualikan_id">
          <xsl:call-template name="kelas-salah"><xsl:with-param name="nama">dikecualikan_id</xsl:with-param></xsl:call-template>
          <option value="">Pilih uji konsekuensi</option>
          <xsl:for-each select="$f/dikecualikan/uji">
            <option value="{@id}">
              <xsl:if test="@id = $f/isian/nilai[@nama = 'dikecualikan_id']"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              Pasal 17 huruf <xsl:value-of select="@pasal17"/> — <xsl:value-of select="@opd"/>: <xsl:value-of select="."/></option>
          </xsl:for-each>
        </select>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk">dikecualikan_id</xsl:with-param></xsl:call-template>
      </fieldset>

      <fieldset class="hasil untuk-tidak_dikuasai" id="hasil-tidak-dikuasai">
        <legend>Informasi tidak dikuasai</legend>
        <xsl:call-template name="area"><xsl:with-param name="nama">diteruskan_ke</xsl:with-param><xsl:with-param name="label">Badan publik yang menguasai informasi</xsl:with-param></xsl:call-template>
      </fieldset>

      <fieldset class="hasil untuk-belum_dikuasai" id="hasil-belum-dikuasai">
        <legend>Informasi belum dikuasai</legend>
        <xsl:call-template name="area"><xsl:with-param name="nama">janji_waktu</xsl:with-param><xsl:with-param name="label">Kapan informasi akan tersedia</xsl:with-param></xsl:call-template>
      </fieldset>

      <fieldset class="hasil untuk-diberikan_seluruhnya untuk-diberikan_sebagian untuk-belum_dikuasai" id="hasil-penyediaan">
        <legend>Waktu penyediaan informasi</legend>
        <label for="waktu_penyediaan">Tanggal informasi disediakan (diberikan: kosongkan bila diserahkan bersama pemberitahuan ini; belum dikuasai: tanggal yang dijanjikan, wajib)</label>
        <input id="waktu_penyediaan" name="waktu_penyediaan" type="date" value="{$f/isian/nilai[@nama = 'waktu_penyediaan']}">
          <xsl:call-template name="kelas-salah"><xsl:with-param name="nama">waktu_penyediaan</xsl:with-param></xsl:call-template>
        </input>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk">waktu_penyediaan</xsl:with-param></xsl:call-template>
      </fieldset>

      <fieldset class="hasil untuk-ditolak_prosedural" id="hasil-prosedural">
        <legend>Permohonan tidak lengkap</legend>
        <xsl:call-template name="area"><xsl:with-param name="nama">alasan_prosedural</xsl:with-param><xsl:with-param name="label">Persyaratan yang belum dipenuhi</xsl:with-param></xsl:call-template>
      </fieldset>

      <xsl:if test="$f/bagian_opd">
        <fieldset class="bagian-opd">
          <legend>Keputusan per OPD (bila berbeda)</legend>
          <xsl:for-each select="$f/bagian_opd">
            <xsl:variable name="b" select="."/>
            <label for="bagian_{@id}">Bagian <xsl:value-of select="@opd"/></label>
            <select id="bagian_{@id}" name="bagian_{@id}">
              <option value="">Sama dengan keputusan di atas</option>
              <xsl:for-each select="$f/pilihan[@untuk = 'keputusan']/opsi">
                <option value="{@nilai}"><xsl:if test="@nilai = $b/@keputusan"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="."/></option>
              </xsl:for-each>
            </select>
            <label for="keterangan_bagian_{@id}">Keterangan bagian <xsl:value-of select="@opd"/></label>
            <textarea id="keterangan_bagian_{@id}" name="keterangan_bagian_{@id}" rows="2"><xsl:value-of select="keterangan"/></textarea>
            <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="concat('bagian_', @id)"/></xsl:call-template>
          </xsl:for-each>
        </fieldset>
      </xsl:if>

      <fieldset class="penandatangan">
        <legend>Penandatangan dan tempat</legend>
        <xsl:call-template name="teks"><xsl:with-param name="nama">penandatangan_nama</xsl:with-param><xsl:with-param name="label">Nama penandatangan</xsl:with-param></xsl:call-template>
        <xsl:call-template name="teks"><xsl:with-param name="nama">penandatangan_nip</xsl:with-param><xsl:with-param name="label">NIP penandatangan (18 angka)</xsl:with-param><xsl:with-param name="mode">numeric</xsl:with-param></xsl:call-template>
        <xsl:call-template name="teks"><xsl:with-param name="nama">penandatangan_jabatan</xsl:with-param><xsl:with-param name="label">Jabatan penandatangan</xsl:with-param></xsl:call-template>
        <xsl:call-template name="teks"><xsl:with-param name="nama">tempat</xsl:with-param><xsl:with-param name="label">Tempat surat (untuk baris tempat dan tanggal)</xsl:with-param></xsl:call-template>
      </fieldset>
      <button type="submit">Terbitkan pemberitahuan</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
