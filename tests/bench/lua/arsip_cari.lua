-- Archive searches (/ppid/arsip?q=...), rotating over words a citizen
-- would look for: topics of the data set, places, and mixes of both.
local queries = {
   "anggaran pendidikan", "dana desa", "vaksinasi", "pemeliharaan jalan",
   "bantuan sosial", "kualitas air sungai", "tata ruang", "PPPK", "puskesmas",
   "laporan keuangan daerah", "izin usaha industri", "benih pupuk", "Ciruas",
   "sampah TPA Kramatwatu", "angkutan umum", "rumah tidak layak huni Cikande",
   "pengadaan barang", "inspektorat", "realisasi APBD 2025", "Sukamulya",
   "data kependudukan Anyar", "izin mendirikan bangunan Baros", "dana desa Petir",
   "vaksinasi Pontang", "tenaga kesehatan", "Pasirjaya", "laporan hasil pemeriksaan",
}
local i = 0

function init(args)
   i = (id or 0) * 13 % #queries
end

function request()
   i = i % #queries + 1
   return wrk.format("GET", "/ppid/arsip?q=" .. queries[i]:gsub(" ", "+"))
end
