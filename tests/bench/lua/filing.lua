-- Filing a request: the full form, urlencoded, as a citizen's browser
-- would send it without an identity document.  Every 303 (the receipt
-- redirect) is an acknowledged filing; done() reports their sum as acked.
acked = 0

local function enc(s)
   return (s:gsub("[^%w%-%._~]", function(c)
      return string.format("%%%02X", string.byte(c))
   end))
end

local fields = {
   {"jenis_pemohon", "perorangan"},
   {"nama", "Siti Aminah (bench)"},
   {"nik", "3604011234567890"},
   {"nomor_badan_hukum", ""},
   {"alamat", "Jl. Raya Serang No. 1, Kec. Ciruas, Kabupaten Serang"},
   {"telepon", "0812-3456-7890"},
   {"email", "siti@example.id"},
   {"pekerjaan", "Guru"},
   {"rincian", "Rincian anggaran pendidikan tahun 2026 per kecamatan (uji beban)"},
   {"tujuan", "Bahan penelitian"},
   {"cara_memperoleh", "salinan_softcopy"},
   {"cara_salinan", "email"},
}
local parts = {}
for _, f in ipairs(fields) do
   table.insert(parts, f[1] .. "=" .. enc(f[2]))
end
wrk.method = "POST"
wrk.path = "/ppid/permohonan"
wrk.body = table.concat(parts, "&")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"

function response(status, headers, body)
   if status == 303 then
      acked = acked + 1
   end
end
