<?xml version="1.0" encoding="UTF-8"?>
<!-- The citizen's satisfaction survey on a request, offered by the status
     page once the written notice is issued; answered once. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_survei.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="s" select="survei_isi"/>
    <p>Permohonan nomor <strong><xsl:value-of select="$s/@nomor"/></strong>.</p>
    <xsl:choose>
      <xsl:when test="$s/@keadaan = 'terima_kasih'">
        <div class="kotak" role="status"><p>Terima kasih. Jawaban Anda tersimpan dan ikut dihitung dalam
          <a href="{$dasar}/survei">hasil survei kepuasan</a> yang diumumkan.</p></div>
      </xsl:when>
      <xsl:when test="$s/@keadaan = 'selesai'">
        <div class="kotak" role="status"><p>Survei untuk permohonan ini sudah diisi. Setiap permohonan dapat dinilai satu kali.
          Lihat <a href="{$dasar}/survei">hasil survei kepuasan</a>.</p></div>
      </xsl:when>
      <xsl:when test="$s/@keadaan = 'belum'">
        <div class="kotak" role="status"><p>Survei dapat diisi setelah pemberitahuan tertulis atas permohonan ini diterbitkan.</p></div>
      </xsl:when>
      <xsl:otherwise>
        <p>Bagaimana pelayanan informasi yang Anda terima? Pilih satu jawaban untuk setiap unsur
          (Tidak baik, Kurang baik, Baik, Sangat baik). Survei ini menurut PermenPANRB 14/2017;
          jawaban Anda tidak ditampilkan bersama identitas Anda.</p>
        <xsl:call-template name="isian-ringkasan-galat"/>
        <form method="post" action="{$s/@aksi}" class="formulir survei">
          <xsl:call-template name="survei-kuesioner"/>
          <button type="submit">Kirim survei</button>
        </form>
      </xsl:otherwise>
    </xsl:choose>
    <p><a href="{$s/@kembali}">Kembali ke status permohonan</a></p>
  </xsl:template>
</xsl:stylesheet>
