<?xml version="1.0" encoding="UTF-8"?>
<!-- The per-OPD compliance scorecard (kepatuhan.c): the staff page
     (@staf, with links to act on) and the public summary; no personal
     data in either. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="k" select="kepatuhan"/>
    <xsl:variable name="staf" select="$k/@staf = '1'"/>
    <p>Kepatuhan setiap OPD terhadap UU 14/2008 tahun <xsl:value-of select="$k/@tahun"/>:
      Daftar Informasi Publik (informasi berkala wajib dimutakhirkan paling lambat setiap
      6 bulan), jawaban bagian permohonan yang didisposisikan sampai jatuh tempo, dan lama
      jawaban dalam hari kerja.
      <xsl:choose>
        <xsl:when test="$staf">
          <a href="{$dasar}/admin/kepatuhan/{$k/@tahun}.xml">XML</a> ·
          <a href="{$dasar}/kepatuhan?tahun={$k/@tahun}">Ringkasan publik</a> ·
          <a href="{$dasar}/admin/kepatuhan/{$k/@tahun - 1}">Tahun <xsl:value-of select="$k/@tahun - 1"/></a>
        </xsl:when>
        <xsl:otherwise>
          <a href="{$dasar}/kepatuhan.xml?tahun={$k/@tahun}">XML</a> ·
          <a href="{$dasar}/kepatuhan?tahun={$k/@tahun - 1}">Tahun <xsl:value-of select="$k/@tahun - 1"/></a>
        </xsl:otherwise>
      </xsl:choose></p>
    <section class="kotak" id="ringkasan-kepatuhan">
      <h2>Ringkasan</h2>
      <ul>
        <li><xsl:value-of select="$k/ringkasan/@opd"/> OPD</li>
        <li><xsl:value-of select="$k/ringkasan/@dip_kosong"/> OPD belum menerbitkan DIP</li>
        <li><xsl:value-of select="$k/ringkasan/@dip_usang"/> OPD dengan informasi berkala lebih dari 6 bulan</li>
        <li><xsl:value-of select="$k/ringkasan/@bagian_terlambat"/> bagian permohonan terlambat, lewat tempo atau tidak dijawab OPD</li>
      </ul>
    </section>
    <table class="susun" id="tabel-kepatuhan">
      <thead><tr><th>OPD</th><th>DIP</th><th>Bagian permohonan</th><th>Terlambat</th>
        <th>Pemberitahuan terlambat</th><th>Median hari kerja jawaban</th><th>Survei kepuasan</th></tr></thead>
      <tbody>
        <xsl:for-each select="$k/opd">
          <tr class="opd perhatian-{@perhatian}" data-opd="{@id}">
            <td data-label="OPD"><xsl:value-of select="@nama"/> (<xsl:value-of select="@singkatan"/>)</td>
            <td data-label="DIP" class="dip-{dip/@status}">
              <xsl:choose>
                <xsl:when test="dip/@status = 'kosong'">Kosong</xsl:when>
                <xsl:when test="dip/@status = 'usang'"><xsl:value-of select="dip/@usang"/> berkala lebih dari 6 bulan</xsl:when>
                <xsl:otherwise>Mutakhir</xsl:otherwise>
              </xsl:choose>
              (<xsl:value-of select="dip/@terbit"/> terbit)
              <xsl:if test="$staf and $boleh-dip and dip/@status != 'mutakhir'"><br/><a href="{$dasar}/admin/dip">Kelola DIP</a></xsl:if>
            </td>
            <td data-label="Bagian permohonan"><xsl:value-of select="bagian/@jumlah"/>
              (<xsl:value-of select="bagian/@tepat_waktu"/> tepat waktu,
              <xsl:value-of select="bagian/@belum_jatuh_tempo"/> belum jatuh tempo)</td>
            <td data-label="Terlambat" class="terlambat">
              <xsl:value-of select="bagian/@terlambat + bagian/@lewat_tempo + bagian/@ditutup_utama"/>
              <xsl:if test="bagian/@ditutup_utama &gt; 0"> (<xsl:value-of select="bagian/@ditutup_utama"/> tidak dijawab OPD)</xsl:if>
              <xsl:if test="$staf and bagian/@lewat_tempo &gt; 0"><br/><a href="{$dasar}/admin/permohonan?opd={@id}&amp;tahun={$k/@tahun}">Lihat permohonan</a></xsl:if>
            </td>
            <td data-label="Pemberitahuan terlambat"><xsl:value-of select="pemberitahuan/@terlambat"/></td>
            <td data-label="Median hari kerja jawaban" class="median">
              <xsl:choose>
                <xsl:when test="median_hari_kerja"><xsl:value-of select="translate(median_hari_kerja, '.', ',')"/></xsl:when>
                <xsl:otherwise>-</xsl:otherwise>
              </xsl:choose>
            </td>
            <td data-label="Survei kepuasan" class="survei"><xsl:value-of select="survei"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <p>Terlambat: bagian yang dijawab OPD sesudah jatuh tempo permohonan, yang lewat jatuh
      tempo tanpa jawaban, dan yang ditutup PPID Utama karena OPD tidak menjawab. Median:
      hari kerja dari hari ke-0 sampai OPD menjawab bagiannya.</p>
  </xsl:template>
</xsl:stylesheet>
