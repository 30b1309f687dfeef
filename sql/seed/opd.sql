-- Perangkat daerah of Kabupaten Serang: a DEMO list for development and
-- tests, close to the regency's structure but not an official register.
-- Replace with the regency's own list before production.
INSERT INTO opd (kode, nama, singkatan) VALUES
  ('diskominfo',  'Dinas Komunikasi, Informatika, Persandian dan Statistik', 'Diskominfosatik'),
  ('setda',       'Sekretariat Daerah', 'Setda'),
  ('bappeda',     'Badan Perencanaan Pembangunan Daerah', 'Bappeda'),
  ('dindik',      'Dinas Pendidikan dan Kebudayaan', 'Dindikbud'),
  ('dinkes',      'Dinas Kesehatan', 'Dinkes'),
  ('dpupr',       'Dinas Pekerjaan Umum dan Penataan Ruang', 'DPUPR'),
  ('dinsos',      'Dinas Sosial', 'Dinsos'),
  ('disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil'),
  ('dpmptsp',     'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP'),
  ('dlh',         'Dinas Lingkungan Hidup', 'DLH'),
  ('dishub',      'Dinas Perhubungan', 'Dishub'),
  ('bpkad',       'Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD'),
  ('bkpsdm',      'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM'),
  ('inspektorat', 'Inspektorat Daerah', 'Inspektorat'),
  ('dpkp',        'Dinas Perumahan Rakyat dan Kawasan Permukiman', 'DPKP'),
  ('distan',      'Dinas Pertanian', 'Distan')
ON DUPLICATE KEY UPDATE nama = VALUES(nama), singkatan = VALUES(singkatan);
