-- Appended to every scenario's script: done() prints one machine-readable
-- line that run_bench.py parses.  Latencies are in microseconds.
threads = threads or {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

function done(summary, latency, requests)
   local e = summary.errors
   local acked = 0
   for _, t in ipairs(threads) do
      acked = acked + (t:get("acked") or 0)
   end
   io.write(string.format(
      "BENCHJSON {\"requests\": %d, \"duration_us\": %d, \"bytes\": %d, " ..
      "\"connect\": %d, \"read\": %d, \"write\": %d, \"status\": %d, " ..
      "\"timeout\": %d, \"p50_us\": %d, \"p90_us\": %d, \"p99_us\": %d, " ..
      "\"max_us\": %d, \"acked\": %d}\n",
      summary.requests, summary.duration, summary.bytes,
      e.connect, e.read, e.write, e.status, e.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(99),
      latency.max, acked))
   for _, t in ipairs(threads) do
      local b = t:get("bad_codes")
      if b then
         io.write("BENCHCODES " .. b .. "\n")
      end
   end
end
