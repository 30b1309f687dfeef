<?xml version="1.0" encoding="UTF-8"?>
<!-- One request for officers: everything about it, the deadlines and why,
     the parts routed to OPDs, the notice, objections, the whole history, and
     the actions the officer's role allows. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_tenggat.xsl"/>
  <xsl:import href="_keberatan.xsl"/>
  <xsl:import href="_percakapan.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="p" select="permohonan"/>
    <xsl:variable name="url" select="concat($dasar, '/admin/permohonan/', $p/@nomor)"/>
    <!-- A refused step: the message here and beside its form, input kept. -->
    <xsl:variable name="gagal" select="$p/galat/@untuk"/>
    <xsl:if test="$p/galat"><div class="kotak galat" role="alert" id="ditolak"><p>Tindakan tidak dapat dilakukan: <xsl:value-of select="$p/galat"/></p></div></xsl:if>
    <!-- The extension's second step: first on the page, as an answer. -->
    <xsl:if test="$p/konfirmasi[@untuk = 'perpanjang'] and $p/boleh/@perpanjang">
      <div class="kotak peringatan konfirmasi-perpanjangan" role="alert">
        <p><strong>Periksa sebelum memperpanjang.</strong> Perpanjangan hanya dapat digunakan
          <strong>satu kali</strong> untuk permohonan ini dan tidak dapat dibatalkan.
          Batas waktu jawaban akan menjadi <strong class="tanggal-perpanjangan"><xsl:value-of select="$p/boleh/@perpanjang_sampai"/></strong>
          (7 hari kerja setelah batas waktu pertama), dan pemohon diberi tahu beserta alasannya.</p>
        <p>Alasan: <xsl:value-of select="$p/isian/nilai[@nama = 'alasan']"/></p>
        <form method="post" action="{$url}/perpanjang" class="formulir">
          <xsl:call-template name="csrf"/>
          <input type="hidden" name="alasan" value="{$p/isian/nilai[@nama = 'alasan']}"/>
          <input type="hidden" name="yakin" value="1"/>
          <button type="submit">Ya, perpanjang sampai <xsl:value-of select="$p/boleh/@perpanjang_sampai"/></button>
        </form>
        <p><a href="{$url}#perpanjangan">Batal</a></p>
      </div>
    </xsl:if>
    <p><strong>Status:</strong> <span class="status"><xsl:value-of select="$p/status_teks"/></span>
      <xsl:if test="$p/percakapan/klarifikasi"> — <a href="#percakapan" class="status-klarifikasi">menunggu klarifikasi</a></xsl:if>
      <xsl:if test="$p/percakapan/dibuka_kembali"> — <a href="#percakapan" class="status-klarifikasi">dibuka kembali</a></xsl:if></p>
    <xsl:if test="$p/kebutuhan_khusus">
      <div class="kotak peringatan kebutuhan-khusus" role="note"><p><strong>Kebutuhan khusus pemohon:</strong>
        <xsl:value-of select="$p/kebutuhan_khusus/@teks"/>. Sesuaikan pemberitahuan dan penyerahan informasi.</p></div>
    </xsl:if>
    <section class="kotak">
      <h2>Pemohon dan permintaan</h2>
      <table>
        <tr><th>Diterima</th><td><xsl:value-of select="$p/diterima"/> melalui <xsl:value-of select="$p/kanal"/></td></tr>
        <tr><th>Nama</th><td><xsl:value-of select="$p/nama"/> (<xsl:value-of select="$p/jenis_pemohon"/>)</td></tr>
        <xsl:choose>
          <!-- 'dihapus': erased by the retention job of sialip-kirim. -->
          <xsl:when test="$p/alamat = 'dihapus'">
            <tr><th>NIK, alamat, telepon, e-mail</th><td><em>(dihapus sesuai retensi)</em></td></tr>
          </xsl:when>
          <xsl:otherwise>
        <tr><th>NIK</th><td><xsl:value-of select="$p/nik"/></td></tr>
        <xsl:if test="$p/nomor_badan_hukum != ''"><tr><th>Nomor SK badan hukum</th><td><xsl:value-of select="$p/nomor_badan_hukum"/></td></tr></xsl:if>
        <tr><th>Alamat</th><td><xsl:value-of select="$p/alamat"/></td></tr>
        <tr><th>Telepon</th><td><xsl:value-of select="$p/telepon"/></td></tr>
        <tr><th>E-mail</th><td><xsl:value-of select="$p/email"/></td></tr>
          </xsl:otherwise>
        </xsl:choose>
        <tr><th>Pekerjaan</th><td><xsl:value-of select="$p/pekerjaan"/></td></tr>
        <xsl:if test="$p/profil/*"><tr><th>Profil untuk statistik</th><td class="profil-statistik">
          <xsl:for-each select="$p/profil/*"><xsl:if test="position() > 1"> · </xsl:if><xsl:value-of select="."/></xsl:for-each></td></tr></xsl:if>
        <tr><th>Informasi yang diminta</th><td><xsl:value-of select="$p/rincian"/></td></tr>
        <tr><th>Tujuan</th><td><xsl:value-of select="$p/tujuan"/></td></tr>
        <tr><th>Cara memperoleh</th><td><xsl:value-of select="$p/cara_memperoleh"/></td></tr>
        <xsl:if test="$p/cara_salinan[not(@kosong)]"><tr><th>Cara mendapatkan salinan</th><td><xsl:value-of select="$p/cara_salinan"/></td></tr></xsl:if>
        <xsl:if test="$p/identitas = '1'"><tr><th>Dokumen identitas</th><td><a href="{$url}/identitas">Unduh</a></td></tr></xsl:if>
      </table>
    </section>

    <div id="tenggat"><xsl:apply-templates select="$p/tenggat"/></div>
    <section id="disposisi">
      <h2>Disposisi</h2>
      <xsl:if test="not($p/disposisi/bagian)"><p>Belum didisposisi.</p></xsl:if>
      <xsl:for-each select="$p/disposisi/bagian">
        <div class="kotak bagian status-{@status}">
          <p><strong><xsl:value-of select="opd_nama"/> (<xsl:value-of select="opd"/>)</strong> — <xsl:value-of select="@status_teks"/>
            (sejak <xsl:value-of select="dibuat"/>)</p>
          <xsl:if test="catatan != ''"><p>Catatan: <xsl:value-of select="catatan"/></p></xsl:if>
          <xsl:if test="jawaban != ''"><p>Jawaban (<xsl:value-of select="penjawab"/>, <xsl:value-of select="dijawab"/>): <xsl:value-of select="jawaban"/></p></xsl:if>
          <xsl:if test="@status = 'menunggu' and @tanpa_petugas">
            <div class="kotak peringatan tanpa-petugas" role="status"><p><strong>Perhatian:</strong> OPD ini belum memiliki PPID Pelaksana aktif dengan alamat e-mail, sehingga tidak ada petugas yang diberi tahu tentang disposisi ini. Hubungi OPD secara langsung dan minta administrator melengkapi akun PPID Pelaksana-nya.</p></div>
          </xsl:if>
          <xsl:if test="ditutup_utama"><p class="ditutup-utama"><span class="label lewat">Ditutup PPID Utama atas nama OPD</span> Alasan: <xsl:value-of select="ditutup_utama"/></p></xsl:if>
          <xsl:if test="@status = 'menunggu' and $p/boleh/@disposisi">
            <p><a href="{$url}/disposisi/{@id}/tutup">Tutup bagian ini atas nama OPD (OPD tidak menjawab)</a></p>
          </xsl:if>
          <xsl:if test="@status = 'menunggu' and @milik_saya">
            <form method="post" action="{$url}/disposisi/{@id}/jawab" class="formulir">
              <xsl:call-template name="csrf"/>
              <label for="jawaban-{@id}">Jawaban OPD untuk bagian ini</label>
              <textarea id="jawaban-{@id}" name="jawaban" rows="3"><xsl:if test="$gagal = concat('disposisi/', @id, '/jawab')"><xsl:value-of select="$p/isian/nilai[@nama = 'jawaban']"/></xsl:if></textarea>
              <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="concat('disposisi/', @id, '/jawab')"/></xsl:call-template>
              <button type="submit">Kirim jawaban</button>
            </form>
          </xsl:if>
          <xsl:if test="@status = 'menunggu' and $p/boleh/@disposisi">
            <form method="post" action="{$url}/disposisi/{@id}/alihkan" class="formulir">
              <xsl:call-template name="csrf"/>
              <label for="alih-{@id}">Alihkan ke OPD lain</label>
              <select id="alih-{@id}" name="opd">
                <xsl:for-each select="$p/daftar_opd/opd"><option value="{@id}"><xsl:value-of select="@nama"/> (<xsl:value-of select="."/>)<xsl:call-template name="tanpa-petugas"/></option></xsl:for-each>
              </select>
              <label for="alih-catatan-{@id}">Alasan pengalihan</label>
              <input id="alih-catatan-{@id}" name="catatan" type="text">
                <xsl:if test="$gagal = concat('disposisi/', @id, '/alihkan')"><xsl:attribute name="value"><xsl:value-of select="$p/isian/nilai[@nama = 'catatan']"/></xsl:attribute></xsl:if>
              </input>
              <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="concat('disposisi/', @id, '/alihkan')"/></xsl:call-template>
              <button type="submit">Alihkan</button>
            </form>
          </xsl:if>
        </div>
      </xsl:for-each>
      <xsl:if test="$p/boleh/@disposisi">
        <form method="post" action="{$url}/disposisi" class="formulir">
          <xsl:call-template name="csrf"/>
          <fieldset class="daftar-opd">
            <legend>Disposisikan ke OPD</legend>
            <xsl:for-each select="$p/daftar_opd/opd">
              <input type="checkbox" id="opd-{@id}" name="opd" value="{@id}">
                <xsl:if test="$gagal = 'disposisi' and $p/isian/nilai[@nama = 'opd'] = @id"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
              </input>
              <label for="opd-{@id}"><xsl:value-of select="@nama"/> (<xsl:value-of select="."/>)<xsl:call-template name="tanpa-petugas"/></label>
            </xsl:for-each>
            <xsl:if test="$p/daftar_opd/opd[@tanpa_petugas]">
              <p class="bantuan">OPD bertanda “belum ada PPID Pelaksana aktif” tidak akan menerima e-mail disposisi; disposisi tetap dapat dilakukan, tetapi hubungi OPD itu secara langsung.</p>
            </xsl:if>
          </fieldset>
          <label for="catatan-disposisi">Catatan untuk PPID Pelaksana</label>
          <input id="catatan-disposisi" name="catatan" type="text">
            <xsl:if test="$gagal = 'disposisi'"><xsl:attribute name="value"><xsl:value-of select="$p/isian/nilai[@nama = 'catatan']"/></xsl:attribute></xsl:if>
          </input>
          <xsl:call-template name="galat-field"><xsl:with-param name="untuk">disposisi</xsl:with-param></xsl:call-template>
          <button type="submit">Disposisikan</button>
        </form>
      </xsl:if>
    </section>

    <section id="pemberitahuan">
      <h2>Pemberitahuan tertulis</h2>
      <xsl:for-each select="$p/galat[@untuk = 'pemberitahuan' or @untuk = 'pembayaran' or @untuk = 'penyerahan']">
        <p class="galat-field" id="galat-{@untuk}"><xsl:value-of select="."/></p>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="$p/pemberitahuan">
          <p><a href="{$url}/pemberitahuan/cetak"><xsl:value-of select="$p/pemberitahuan/@nomor"/></a>:
            <xsl:value-of select="$p/pemberitahuan/keputusan_teks"/> (<xsl:value-of select="$p/pemberitahuan/diterbitkan"/>)</p>
          <xsl:for-each select="$p/pemberitahuan/dokumen/berkas">
            <p>Dokumen: <a href="{$url}/dokumen/{@id}"><xsl:value-of select="."/></a></p>
          </xsl:for-each>
          <xsl:variable name="n" select="$p/pemberitahuan"/>
          <p class="pembayaran">Biaya: <xsl:value-of select="$n/biaya"/>. <xsl:value-of select="$n/pembayaran/keterangan"/></p>
          <xsl:if test="$n/waktu_penyediaan">
            <p class="waktu-penyediaan">Informasi disediakan paling lambat <xsl:value-of select="$n/waktu_penyediaan"/>
              <xsl:if test="$n/waktu_penyediaan/@terlambat"><xsl:text> </xsl:text><span class="label lewat">terlambat: belum diserahkan</span></xsl:if></p>
          </xsl:if>
          <xsl:if test="$n/diserahkan"><p class="diserahkan">Informasi diserahkan: <xsl:value-of select="$n/diserahkan"/></p></xsl:if>
          <xsl:if test="$peran = 'ppid_utama' or $peran = 'ppid_pelaksana'">
            <xsl:if test="$n/pembayaran/@status = 'belum'">
              <form method="post" action="{$url}/pembayaran" class="formulir">
                <xsl:call-template name="csrf"/>
                <button type="submit">Catat biaya sudah dibayar</button>
              </form>
            </xsl:if>
            <xsl:if test="$n/waktu_penyediaan and not($n/diserahkan)">
              <p><a class="tombol" href="{$url}/penyerahan">Catat penyerahan informasi</a></p>
            </xsl:if>
          </xsl:if>
        </xsl:when>
        <xsl:when test="$p/boleh/@pemberitahuan">
          <p><a class="tombol" href="{$url}/pemberitahuan">Buat pemberitahuan tertulis</a></p>
        </xsl:when>
        <xsl:otherwise><p>Belum diterbitkan.</p></xsl:otherwise>
      </xsl:choose>
    </section>

    <!-- The one extension (Pasal 22 ayat 8): after the workflow's steps,
         folded, and confirmed on a second step that names the new date. -->
    <xsl:if test="$p/boleh/@perpanjang or $gagal = 'perpanjang'">
      <section id="perpanjangan" class="kotak">
        <h2>Perpanjangan waktu jawaban</h2>
        <xsl:choose>
          <xsl:when test="$p/konfirmasi[@untuk = 'perpanjang']">
            <p>Konfirmasi perpanjangan ada di bagian atas halaman ini.</p>
          </xsl:when>
          <xsl:otherwise>
            <details>
              <xsl:if test="$gagal = 'perpanjang'"><xsl:attribute name="open">open</xsl:attribute></xsl:if>
              <summary>Perpanjang 7 hari kerja (hanya sekali)</summary>
              <p>Gunakan hanya bila OPD memerlukan waktu tambahan. Perpanjangan dapat digunakan
                <strong>satu kali</strong>, sebelum batas waktu pertama lewat<xsl:if test="$p/boleh/@perpanjang_sampai">; batas waktu baru menjadi
                <strong><xsl:value-of select="$p/boleh/@perpanjang_sampai"/></strong></xsl:if>. Anda akan diminta
                memastikan sekali lagi sebelum perpanjangan dicatat.</p>
              <form method="post" action="{$url}/perpanjang" class="formulir">
                <xsl:call-template name="csrf"/>
                <label for="alasan-perpanjangan">Alasan tertulis perpanjangan (disampaikan kepada pemohon)</label>
                <textarea id="alasan-perpanjangan" name="alasan" rows="2"><xsl:if test="$gagal = 'perpanjang'"><xsl:value-of select="$p/isian/nilai[@nama = 'alasan']"/></xsl:if></textarea>
                <xsl:call-template name="galat-field"><xsl:with-param name="untuk">perpanjang</xsl:with-param></xsl:call-template>
                <button type="submit">Lanjutkan</button>
              </form>
            </details>
          </xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:if>

    <section id="keberatan">
      <h2>Keberatan</h2>
      <xsl:if test="not($p/keberatan)"><p>Tidak ada keberatan.</p></xsl:if>
      <xsl:apply-templates select="$p/keberatan"/>
    </section>

    <xsl:call-template name="percakapan-staf"><xsl:with-param name="url" select="$url"/></xsl:call-template>
    <section id="riwayat">
      <h2>Riwayat</h2>
      <table class="riwayat">
        <thead><tr><th>Waktu</th><th>Petugas</th><th>Tindakan</th><th>Keterangan</th></tr></thead>
        <tbody>
          <xsl:for-each select="$p/riwayat/peristiwa">
            <tr><td><xsl:value-of select="@waktu"/></td><td><xsl:value-of select="@aktor"/></td>
              <td><xsl:value-of select="@aksi_teks"/><xsl:if test="@objek != $p/@nomor"> (<xsl:value-of select="@objek"/>)</xsl:if></td>
              <td><xsl:if test="sebelum != ''">Sebelum: <xsl:value-of select="sebelum"/>. </xsl:if><xsl:value-of select="sesudah"/></td></tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!-- Staff forms on an objection: decision (Atasan) and the dispute record.
       A refused one (galat untuk="keberatan/{nomor}/{step}") has its message
       beside it and what was typed kept. -->
  <xsl:template match="keberatan" mode="tindakan">
    <xsl:variable name="url" select="concat($dasar, '/admin/keberatan/', @nomor)"/>
    <xsl:variable name="k" select="concat('keberatan/', @nomor, '/')"/>
    <xsl:variable name="gagal" select="/halaman/permohonan/galat/@untuk"/>
    <xsl:variable name="isi" select="/halaman/permohonan/isian/nilai"/>
    <!-- Each form only for the roles its POST route allows (putusan:
         SL_ROLE_ATASAN_PPID; the others ALUR_SEMUA_OPD), so no control
         answers "Akses ditolak". -->
    <xsl:if test="@status = 'diterima' and $peran = 'atasan_ppid'">
      <xsl:variable name="ulang" select="$gagal = concat($k, 'putusan')"/>
      <form method="post" action="{$url}/putusan" class="formulir">
        <xsl:call-template name="csrf"/>
        <fieldset>
          <legend>Putusan Atasan PPID</legend>
          <input type="radio" id="putusan-kabul-{@nomor}" name="putusan" value="dikabulkan">
            <xsl:if test="$ulang and $isi[@nama = 'putusan'] = 'dikabulkan'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
          </input>
          <label for="putusan-kabul-{@nomor}">Keberatan dikabulkan</label>
          <input type="radio" id="putusan-tolak-{@nomor}" name="putusan" value="ditolak">
            <xsl:if test="$ulang and $isi[@nama = 'putusan'] = 'ditolak'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
          </input>
          <label for="putusan-tolak-{@nomor}">Keberatan ditolak</label>
        </fieldset>
        <label for="alasan-putusan-{@nomor}">Alasan tertulis</label>
        <textarea id="alasan-putusan-{@nomor}" name="alasan_putusan" rows="3"><xsl:if test="$ulang"><xsl:value-of select="$isi[@nama = 'alasan_putusan']"/></xsl:if></textarea>
        <label for="jabatan-{@nomor}">Jabatan Atasan PPID</label>
        <input id="jabatan-{@nomor}" name="jabatan" type="text" value="{../jabatan_saya}">
          <xsl:if test="$ulang"><xsl:attribute name="value"><xsl:value-of select="$isi[@nama = 'jabatan']"/></xsl:attribute></xsl:if>
        </input>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="concat($k, 'putusan')"/></xsl:call-template>
        <button type="submit">Putuskan</button>
      </form>
    </xsl:if>
    <xsl:if test="@status = 'diterima' and $boleh-keberatan">
      <xsl:if test="not(alasan/butir[@huruf = 'a'])">
        <xsl:variable name="ulang-m" select="$gagal = concat($k, 'musyawarah')"/>
        <form method="post" action="{$url}/musyawarah" class="formulir">
          <xsl:call-template name="csrf"/>
          <h4>Selesai secara musyawarah (Pasal 35 ayat 2)</h4>
          <label for="musyawarah-pada-{@nomor}">Tanggal kesepakatan (YYYY-MM-DD)</label>
          <input id="musyawarah-pada-{@nomor}" name="musyawarah_pada" type="text">
            <xsl:if test="$ulang-m"><xsl:attribute name="value"><xsl:value-of select="$isi[@nama = 'musyawarah_pada']"/></xsl:attribute></xsl:if>
          </input>
          <label for="musyawarah-catatan-{@nomor}">Catatan kesepakatan</label>
          <textarea id="musyawarah-catatan-{@nomor}" name="catatan" rows="2"><xsl:if test="$ulang-m"><xsl:value-of select="$isi[@nama = 'catatan']"/></xsl:if></textarea>
          <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="concat($k, 'musyawarah')"/></xsl:call-template>
          <button type="submit">Catat kesepakatan</button>
        </form>
      </xsl:if>
    </xsl:if>
    <xsl:if test="$boleh-keberatan and (@status = 'diputus' or $gagal = concat($k, 'tanggapan'))">
      <form method="post" action="{$url}/tanggapan" class="formulir">
        <xsl:call-template name="csrf"/>
        <label for="tanggapan-{@nomor}">Tanggapan pemohon atas putusan</label>
        <textarea id="tanggapan-{@nomor}" name="tanggapan_pemohon" rows="2"><xsl:choose>
          <xsl:when test="$gagal = concat($k, 'tanggapan')"><xsl:value-of select="$isi[@nama = 'tanggapan_pemohon']"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="tanggapan_pemohon"/></xsl:otherwise>
        </xsl:choose></textarea>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="concat($k, 'tanggapan')"/></xsl:call-template>
        <button type="submit">Simpan tanggapan</button>
      </form>
    </xsl:if>
    <xsl:if test="sengketa and $boleh-keberatan">
      <p><a class="berkas-sengketa" href="{$dasar}/admin/permohonan/{/halaman/permohonan/@nomor}/sengketa">Berkas sengketa untuk Komisi Informasi (cetak)</a></p>
    </xsl:if>
    <xsl:variable name="ulang-s" select="$gagal = concat($k, 'sengketa')"/>
    <!-- Pasal 37(2): the dispute step follows the Atasan's decision (or
         its due date passing undecided); before that it is not offered. -->
    <xsl:if test="$boleh-keberatan and @status = 'diterima' and not(@putusan_terlambat) and not(sengketa) and not($ulang-s)">
      <p class="bantuan sengketa-belum">Sengketa ke Komisi Informasi dapat dicatat setelah Atasan PPID memutus keberatan ini
        (atau batas putusannya, <xsl:value-of select="jatuh_tempo_teks"/>, lewat tanpa putusan).</p>
    </xsl:if>
    <xsl:if test="$boleh-keberatan and (@status = 'diputus' or @putusan_terlambat or sengketa or $ulang-s)">
    <form method="post" action="{$url}/sengketa" class="formulir">
      <xsl:call-template name="csrf"/>
      <h4>Catat sengketa di Komisi Informasi</h4>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="id" select="concat('reg-', @nomor)"/>
        <xsl:with-param name="nama">nomor_register</xsl:with-param>
        <xsl:with-param name="label">Nomor register KI</xsl:with-param>
        <xsl:with-param name="ulang" select="$ulang-s"/>
        <xsl:with-param name="tersimpan" select="sengketa/nomor_register"/>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="id" select="concat('daftar-', @nomor)"/>
        <xsl:with-param name="nama">didaftarkan_pada</xsl:with-param>
        <xsl:with-param name="label">Tanggal didaftarkan (YYYY-MM-DD)</xsl:with-param>
        <xsl:with-param name="ulang" select="$ulang-s"/>
        <xsl:with-param name="tersimpan" select="sengketa/didaftarkan"/>
      </xsl:call-template>
      <label for="tahap-{@nomor}">Tahap</label>
      <select id="tahap-{@nomor}" name="tahap">
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">mediasi</xsl:with-param><xsl:with-param name="label">Mediasi</xsl:with-param><xsl:with-param name="pilih" select="$ulang-s and $isi[@nama = 'tahap'] = 'mediasi'"/></xsl:call-template>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">ajudikasi</xsl:with-param><xsl:with-param name="label">Ajudikasi</xsl:with-param><xsl:with-param name="pilih" select="$ulang-s and $isi[@nama = 'tahap'] = 'ajudikasi'"/></xsl:call-template>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">selesai</xsl:with-param><xsl:with-param name="label">Selesai</xsl:with-param><xsl:with-param name="pilih" select="$ulang-s and $isi[@nama = 'tahap'] = 'selesai'"/></xsl:call-template>
      </select>
      <label for="hasil-{@nomor}">Hasil</label>
      <select id="hasil-{@nomor}" name="hasil">
        <xsl:call-template name="opsi"><xsl:with-param name="nilai"></xsl:with-param><xsl:with-param name="label">Belum ada</xsl:with-param><xsl:with-param name="pilih" select="$ulang-s and $isi[@nama = 'hasil'] = ''"/></xsl:call-template>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">mediasi_berhasil</xsl:with-param><xsl:with-param name="label">Mediasi berhasil</xsl:with-param><xsl:with-param name="pilih" select="$ulang-s and $isi[@nama = 'hasil'] = 'mediasi_berhasil'"/></xsl:call-template>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">dikabulkan</xsl:with-param><xsl:with-param name="label">Dikabulkan</xsl:with-param><xsl:with-param name="pilih" select="$ulang-s and $isi[@nama = 'hasil'] = 'dikabulkan'"/></xsl:call-template>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">dikabulkan_sebagian</xsl:with-param><xsl:with-param name="label">Dikabulkan sebagian</xsl:with-param><xsl:with-param name="pilih" select="$ulang-s and $isi[@nama = 'hasil'] = 'dikabulkan_sebagian'"/></xsl:call-template>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">ditolak</xsl:with-param><xsl:with-param name="label">Ditolak</xsl:with-param><xsl:with-param name="pilih" select="$ulang-s and $isi[@nama = 'hasil'] = 'ditolak'"/></xsl:call-template>
        <xsl:call-template name="opsi"><xsl:with-param name="nilai">gugur</xsl:with-param><xsl:with-param name="label">Gugur</xsl:with-param><xsl:with-param name="pilih" select="$ulang-s and $isi[@nama = 'hasil'] = 'gugur'"/></xsl:call-template>
      </select>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="id" select="concat('uraian-hasil-', @nomor)"/>
        <xsl:with-param name="nama">uraian_hasil</xsl:with-param>
        <xsl:with-param name="label">Uraian hasil</xsl:with-param>
        <xsl:with-param name="ulang" select="$ulang-s"/>
        <xsl:with-param name="tersimpan" select="sengketa/uraian_hasil"/>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="id" select="concat('putus-', @nomor)"/>
        <xsl:with-param name="nama">diputus_pada</xsl:with-param>
        <xsl:with-param name="label">Tanggal putusan (YYYY-MM-DD)</xsl:with-param>
        <xsl:with-param name="ulang" select="$ulang-s"/>
        <xsl:with-param name="tersimpan" select="sengketa/diputus"/>
      </xsl:call-template>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="concat($k, 'sengketa')"/></xsl:call-template>
      <button type="submit">Simpan sengketa</button>
    </form>
    </xsl:if>
    <xsl:if test="$boleh-keberatan and (sengketa/@tahap = 'selesai' or $gagal = concat($k, 'perkara'))">
      <xsl:variable name="ulang-p" select="$gagal = concat($k, 'perkara')"/>
      <form method="post" action="{$url}/perkara" class="formulir">
        <xsl:call-template name="csrf"/>
        <h4>Catat perkara di pengadilan</h4>
        <label for="pengadilan-{@nomor}">Pengadilan</label>
        <select id="pengadilan-{@nomor}" name="pengadilan">
          <xsl:call-template name="opsi"><xsl:with-param name="nilai">ptun</xsl:with-param><xsl:with-param name="label">Pengadilan Tata Usaha Negara</xsl:with-param><xsl:with-param name="pilih" select="$ulang-p and $isi[@nama = 'pengadilan'] = 'ptun'"/></xsl:call-template>
          <xsl:call-template name="opsi"><xsl:with-param name="nilai">pn</xsl:with-param><xsl:with-param name="label">Pengadilan Negeri</xsl:with-param><xsl:with-param name="pilih" select="$ulang-p and $isi[@nama = 'pengadilan'] = 'pn'"/></xsl:call-template>
          <xsl:call-template name="opsi"><xsl:with-param name="nilai">ma</xsl:with-param><xsl:with-param name="label">Mahkamah Agung (kasasi)</xsl:with-param><xsl:with-param name="pilih" select="$ulang-p and $isi[@nama = 'pengadilan'] = 'ma'"/></xsl:call-template>
        </select>
        <xsl:call-template name="isian-teks">
          <xsl:with-param name="id" select="concat('perkara-', @nomor)"/>
          <xsl:with-param name="nama">nomor_perkara</xsl:with-param>
          <xsl:with-param name="label">Nomor perkara</xsl:with-param>
          <xsl:with-param name="ulang" select="$ulang-p"/>
          <xsl:with-param name="tersimpan" select="sengketa/perkara/nomor_perkara"/>
        </xsl:call-template>
        <xsl:call-template name="isian-teks">
          <xsl:with-param name="id" select="concat('perkara-daftar-', @nomor)"/>
          <xsl:with-param name="nama">didaftarkan_pada</xsl:with-param>
          <xsl:with-param name="label">Tanggal didaftarkan (YYYY-MM-DD)</xsl:with-param>
          <xsl:with-param name="ulang" select="$ulang-p"/>
          <xsl:with-param name="tersimpan" select="sengketa/perkara/didaftarkan"/>
        </xsl:call-template>
        <label for="perkara-hasil-{@nomor}">Hasil</label>
        <select id="perkara-hasil-{@nomor}" name="hasil">
          <xsl:call-template name="opsi"><xsl:with-param name="nilai"></xsl:with-param><xsl:with-param name="label">Belum ada</xsl:with-param><xsl:with-param name="pilih" select="$ulang-p and $isi[@nama = 'hasil'] = ''"/></xsl:call-template>
          <xsl:call-template name="opsi"><xsl:with-param name="nilai">dikabulkan</xsl:with-param><xsl:with-param name="label">Gugatan dikabulkan</xsl:with-param><xsl:with-param name="pilih" select="$ulang-p and $isi[@nama = 'hasil'] = 'dikabulkan'"/></xsl:call-template>
          <xsl:call-template name="opsi"><xsl:with-param name="nilai">dikabulkan_sebagian</xsl:with-param><xsl:with-param name="label">Gugatan dikabulkan sebagian</xsl:with-param><xsl:with-param name="pilih" select="$ulang-p and $isi[@nama = 'hasil'] = 'dikabulkan_sebagian'"/></xsl:call-template>
          <xsl:call-template name="opsi"><xsl:with-param name="nilai">ditolak</xsl:with-param><xsl:with-param name="label">Gugatan ditolak</xsl:with-param><xsl:with-param name="pilih" select="$ulang-p and $isi[@nama = 'hasil'] = 'ditolak'"/></xsl:call-template>
          <xsl:call-template name="opsi"><xsl:with-param name="nilai">tidak_diterima</xsl:with-param><xsl:with-param name="label">Gugatan tidak dapat diterima</xsl:with-param><xsl:with-param name="pilih" select="$ulang-p and $isi[@nama = 'hasil'] = 'tidak_diterima'"/></xsl:call-template>
          <xsl:call-template name="opsi"><xsl:with-param name="nilai">dicabut</xsl:with-param><xsl:with-param name="label">Gugatan dicabut</xsl:with-param><xsl:with-param name="pilih" select="$ulang-p and $isi[@nama = 'hasil'] = 'dicabut'"/></xsl:call-template>
        </select>
        <xsl:call-template name="isian-teks">
          <xsl:with-param name="id" select="concat('perkara-putus-', @nomor)"/>
          <xsl:with-param name="nama">diputus_pada</xsl:with-param>
          <xsl:with-param name="label">Tanggal putusan (YYYY-MM-DD)</xsl:with-param>
          <xsl:with-param name="ulang" select="$ulang-p"/>
          <xsl:with-param name="tersimpan" select="sengketa/perkara/diputus"/>
        </xsl:call-template>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="concat($k, 'perkara')"/></xsl:call-template>
        <button type="submit">Simpan perkara</button>
      </form>
    </xsl:if>
  </xsl:template>

  <!-- A text field of an objection's form: what was typed when the form was
       refused, else what is stored. -->
  <xsl:template name="isian-teks">
    <xsl:param name="id"/>
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <xsl:param name="ulang"/>
    <xsl:param name="tersimpan"/>
    <label for="{$id}"><xsl:value-of select="$label"/></label>
    <input id="{$id}" name="{$nama}" type="text">
      <xsl:attribute name="value"><xsl:choose>
        <xsl:when test="$ulang"><xsl:value-of select="/halaman/permohonan/isian/nilai[@nama = $nama]"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$tersimpan"/></xsl:otherwise>
      </xsl:choose></xsl:attribute>
    </input>
  </xsl:template>

  <xsl:template name="opsi">
    <xsl:param name="nilai"/>
    <xsl:param name="label"/>
    <xsl:param name="pilih"/>
    <option value="{$nilai}">
      <xsl:if test="$pilih"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
      <xsl:value-of select="$label"/>
    </option>
  </xsl:template>


  <!-- After an OPD's name in the routing choices: nobody there is told. -->
  <xsl:template name="tanpa-petugas">
    <xsl:if test="@tanpa_petugas"> (belum ada PPID Pelaksana aktif dengan e-mail)</xsl:if>
  </xsl:template>
</xsl:stylesheet>
