<?xml version="1.0" encoding="UTF-8"?>
<!-- The written notice form: the outcome and the details each outcome
     needs, the tariff, the documents to release. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>

  <xsl:variable name="f" select="/halaman/formulir"/>

  <xsl:template name="area">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <label for="{$nama}"><xsl:value-of select="$label"/></label>
    <textarea id="{$nama}" name="{$nama}" rows="3"><xsl:value-of select="$f/isian/nilai[@nama = $nama]"/></textarea>
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
    <p>Permohonan: <xsl:value-of select="$f/rincian"/></p>
    <xsl:if test="$f/galat"><div class="kotak galat" role="alert"><p>Pemberitahuan belum diterbitkan. Lengkapi isian yang ditandai.</p></div></xsl:if>
    <form method="post" action="{$dasar}/admin/permohonan/{$f/@nomor}/pemberitahuan"
          enctype="multipart/form-data" class="formulir">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="radio"><xsl:with-param name="nama">keputusan</xsl:with-param><xsl:with-param name="label">Keputusan</xsl:with-param></xsl:call-template>
      <h3>Jika informasi diberikan (seluruhnya atau sebagian)</h3>
      <xsl:call-template name="area"><xsl:with-param name="nama">informasi_diberikan</xsl:with-param><xsl:with-param name="label">Informasi yang diberikan</xsl:with-param></xsl:call-template>
      <xsl:call-template name="area"><xsl:with-param name="nama">bagian_dihitamkan</xsl:with-param><xsl:with-param name="label">Bagian yang dihitamkan (diberikan sebagian)</xsl:with-param></xsl:call-template>
      <xsl:call-template name="area"><xsl:with-param name="nama">alasan_penghitaman</xsl:with-param><xsl:with-param name="label">Alasan penghitaman</xsl:with-param></xsl:call-template>
      <xsl:if test="$f/kebutuhan_khusus">
        <div class="kotak peringatan kebutuhan-khusus" role="note"><p><strong>Kebutuhan khusus pemohon:</strong>
          <xsl:value-of select="$f/kebutuhan_khusus/@teks"/>. Pilih bentuk dan cara penyampaian yang sesuai.</p></div>
      </xsl:if>
      <xsl:call-template name="radio"><xsl:with-param name="nama">bentuk</xsl:with-param><xsl:with-param name="label">Bentuk informasi</xsl:with-param></xsl:call-template>
      <xsl:call-template name="radio"><xsl:with-param name="nama">cara_penyampaian</xsl:with-param><xsl:with-param name="label">Cara penyampaian</xsl:with-param></xsl:call-template>
      <fieldset>
        <legend>Biaya penggandaan dan pengiriman (tarif yang diumumkan)</legend>
        <xsl:for-each select="$f/tarif/butir">
          <label for="tarif_{@id}"><xsl:value-of select="."/> (<xsl:value-of select="@harga"/> per <xsl:value-of select="@satuan"/>)</label>
          <input id="tarif_{@id}" name="tarif_{@id}" type="text" inputmode="numeric" value="{@jumlah}"/>
        </xsl:for-each>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk">tarif</xsl:with-param></xsl:call-template>
      </fieldset>
      <xsl:call-template name="radio"><xsl:with-param name="nama">cara_pembayaran</xsl:with-param><xsl:with-param name="label">Cara pembayaran (bila ada biaya)</xsl:with-param></xsl:call-template>
      <label for="waktu_penyediaan">Tanggal informasi disediakan (diberikan: kosongkan bila diserahkan bersama pemberitahuan ini; belum dikuasai: tanggal yang dijanjikan, wajib)</label>
      <input id="waktu_penyediaan" name="waktu_penyediaan" type="date" value="{$f/isian/nilai[@nama = 'waktu_penyediaan']}"/>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk">waktu_penyediaan</xsl:with-param></xsl:call-template>
      <label for="dokumen">Dokumen yang diberikan (PDF, JPEG, PNG; boleh lebih dari satu)</label>
      <input id="dokumen" name="dokumen" type="file" multiple="multiple" accept="application/pdf,image/jpeg,image/png"/>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk">dokumen</xsl:with-param></xsl:call-template>
      <xsl:if test="$f/bagian_opd">
        <h3>Keputusan per OPD (bila berbeda)</h3>
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
      </xsl:if>
      <h3>Jika ditolak karena informasi dikecualikan</h3>
      <label for="dikecualikan_id">Uji konsekuensi (Daftar Informasi yang Dikecualikan)</label>
      <select id="dikecualikan_id" name="dikecualikan_id">
        <option value="">—</option>
        <xsl:for-each select="$f/dikecualikan/uji">
          <option value="{@id}">
            <xsl:if test="@id = $f/isian/nilai[@nama = 'dikecualikan_id']"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            Pasal 17 huruf <xsl:value-of select="@pasal17"/> — <xsl:value-of select="@opd"/>: <xsl:value-of select="."/></option>
        </xsl:for-each>
      </select>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk">dikecualikan_id</xsl:with-param></xsl:call-template>
      <h3>Jika informasi tidak dikuasai, belum dikuasai, atau permohonan tidak lengkap</h3>
      <xsl:call-template name="area"><xsl:with-param name="nama">diteruskan_ke</xsl:with-param><xsl:with-param name="label">Badan publik yang menguasai informasi</xsl:with-param></xsl:call-template>
      <xsl:call-template name="area"><xsl:with-param name="nama">janji_waktu</xsl:with-param><xsl:with-param name="label">Kapan informasi akan tersedia</xsl:with-param></xsl:call-template>
      <xsl:call-template name="area"><xsl:with-param name="nama">alasan_prosedural</xsl:with-param><xsl:with-param name="label">Persyaratan yang belum dipenuhi</xsl:with-param></xsl:call-template>
      <button type="submit">Terbitkan pemberitahuan</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
