-- wrk script: POST the JSON bodies given as script arguments, in turn, to /v1/extract,
-- and print one machine-readable RESULT line with latency percentiles (microseconds).
local bodies = {}
local counter = 0

init = function(args)
  for _, path in ipairs(args) do
    local file = assert(io.open(path, "rb"))
    bodies[#bodies + 1] = file:read("*a")
    file:close()
  end
end

request = function()
  counter = counter % #bodies + 1
  return wrk.format("POST", "/v1/extract", {["Content-Type"] = "application/json"}, bodies[counter])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d socket_errors=%d non2xx=%d p50=%d p95=%d p99=%d\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
