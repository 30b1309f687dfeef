-- The public receipt/status page, rotating over known number/code pairs
-- (BENCH_PAIRS: number<TAB>printed code per line), each with its code's cookie.
local pairs_list = {}
local i = 0

function init(args)
   for line in io.lines(os.getenv("BENCH_PAIRS")) do
      local nomor, kode = line:match("^(%S+)\t(%S+)$")
      if nomor then
         -- The code in its cookie, as a browser sends it after the
         -- ?kode= link was exchanged (mod_sialip/kode_kuki.c).
         table.insert(pairs_list, {"/ppid/permohonan/" .. nomor,
                                   "sialip_kode_" .. nomor .. "=" .. kode})
      end
   end
   -- Threads start at different places in the list.
   i = (id or 0) * 7919 % #pairs_list
end

function request()
   i = i % #pairs_list + 1
   return wrk.format("GET", pairs_list[i][1], {Cookie = pairs_list[i][2]})
end
