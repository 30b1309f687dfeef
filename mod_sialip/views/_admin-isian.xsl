<?xml version="1.0" encoding="UTF-8"?>
<!-- Form fields of the DIP, exempt-list and admin pages (included by their
     views). Values come from <isian><nilai nama="..">, choices from
     <pilihan untuk="..">, errors from <galat untuk=".."> of the page's
     resource element, which the layout's "galat-field" template shows. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="isian-kelas">
    <xsl:param name="nama"/>
    <xsl:if test="/halaman/*/galat[@untuk = $nama]">
      <xsl:attribute name="class">isian-salah</xsl:attribute>
      <xsl:attribute name="aria-describedby">galat-<xsl:value-of select="$nama"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template name="isian-teks">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <xsl:param name="jenis" select="'text'"/>
    <xsl:param name="bantuan"/>
    <label for="{$nama}"><xsl:value-of select="$label"/></label>
    <xsl:if test="$bantuan"><p class="bantuan"><xsl:value-of select="$bantuan"/></p></xsl:if>
    <input id="{$nama}" name="{$nama}" type="{$jenis}">
      <xsl:if test="$jenis != 'password'">
        <xsl:attribute name="value"><xsl:value-of select="/halaman/*/isian/nilai[@nama = $nama]"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="isian-kelas"><xsl:with-param name="nama" select="$nama"/></xsl:call-template>
    </input>
    <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="isian-area">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <xsl:param name="bantuan"/>
    <label for="{$nama}"><xsl:value-of select="$label"/></label>
    <xsl:if test="$bantuan"><p class="bantuan"><xsl:value-of select="$bantuan"/></p></xsl:if>
    <textarea id="{$nama}" name="{$nama}" rows="4">
      <xsl:call-template name="isian-kelas"><xsl:with-param name="nama" select="$nama"/></xsl:call-template>
      <xsl:value-of select="/halaman/*/isian/nilai[@nama = $nama]"/>
    </textarea>
    <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
  </xsl:template>

  <!-- A drop-down list; $kosong is the label of the empty choice (none when
       not given). -->
  <xsl:template name="isian-pilih">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <xsl:param name="kosong"/>
    <label for="{$nama}"><xsl:value-of select="$label"/></label>
    <select id="{$nama}" name="{$nama}">
      <xsl:call-template name="isian-kelas"><xsl:with-param name="nama" select="$nama"/></xsl:call-template>
      <xsl:if test="$kosong">
        <option value=""><xsl:value-of select="$kosong"/></option>
      </xsl:if>
      <xsl:variable name="kini" select="/halaman/*/isian/nilai[@nama = $nama]"/>
      <xsl:for-each select="/halaman/*/pilihan[@untuk = $nama]/opsi">
        <option value="{@nilai}">
          <xsl:if test="@nilai = $kini"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
          <xsl:value-of select="."/>
        </option>
      </xsl:for-each>
    </select>
    <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="isian-radio">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <fieldset>
      <legend><xsl:value-of select="$label"/></legend>
      <xsl:variable name="kini" select="/halaman/*/isian/nilai[@nama = $nama]"/>
      <xsl:for-each select="/halaman/*/pilihan[@untuk = $nama]/opsi">
        <input type="radio" id="{$nama}-{@nilai}" name="{$nama}" value="{@nilai}">
          <xsl:if test="@nilai = $kini"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        </input>
        <label for="{$nama}-{@nilai}"><xsl:value-of select="."/></label>
      </xsl:for-each>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
    </fieldset>
  </xsl:template>

  <!-- Several checkboxes of one name: checked when any <nilai> of that
       name holds the choice. -->
  <xsl:template name="isian-centang-banyak">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <fieldset>
      <legend><xsl:value-of select="$label"/></legend>
      <xsl:variable name="kini" select="/halaman/*/isian/nilai[@nama = $nama]"/>
      <xsl:for-each select="/halaman/*/pilihan[@untuk = $nama]/opsi">
        <input type="checkbox" id="{$nama}-{@nilai}" name="{$nama}" value="{@nilai}">
          <xsl:if test="@nilai = $kini"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        </input>
        <label for="{$nama}-{@nilai}"><xsl:value-of select="."/></label>
      </xsl:for-each>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
    </fieldset>
  </xsl:template>

  <!-- One checkbox sending "1". -->
  <xsl:template name="isian-centang">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <p>
      <input type="checkbox" id="{$nama}" name="{$nama}" value="1">
        <xsl:if test="/halaman/*/isian/nilai[@nama = $nama] = '1'">
          <xsl:attribute name="checked">checked</xsl:attribute>
        </xsl:if>
      </input>
      <xsl:text> </xsl:text>
      <label for="{$nama}" class="sebaris"><xsl:value-of select="$label"/></label>
    </p>
    <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
  </xsl:template>

  <!-- The box above a form that could not be saved. -->
  <xsl:template name="isian-ringkasan-galat">
    <xsl:if test="/halaman/*/galat">
      <div class="kotak galat" role="alert">
        <p>Data belum tersimpan. Perbaiki isian yang ditandai di bawah ini.</p>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- Page links of a list (<halaman_daftar>). -->
  <xsl:template match="halaman_daftar">
    <xsl:if test="@jumlah_halaman &gt; 1">
      <nav class="paging" aria-label="Halaman">
        <xsl:text>Halaman: </xsl:text>
        <xsl:for-each select="ke">
          <xsl:choose>
            <xsl:when test="@kini"><strong aria-current="page"><xsl:value-of select="."/></strong></xsl:when>
            <xsl:otherwise><a href="{@href}"><xsl:value-of select="."/></a></xsl:otherwise>
          </xsl:choose>
          <xsl:text> </xsl:text>
        </xsl:for-each>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- A POST button (with the CSRF token) to $aksi. -->
  <xsl:template name="tombol-aksi">
    <xsl:param name="aksi"/>
    <xsl:param name="label"/>
    <form method="post" action="{$aksi}" class="formulir sebaris">
      <xsl:call-template name="csrf"/>
      <button type="submit"><xsl:value-of select="$label"/></button>
    </form>
  </xsl:template>
</xsl:stylesheet>
