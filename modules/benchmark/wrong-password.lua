-- A password-guessing flood: HTTP Basic with a real account and a different wrong password on every request.
-- Prints how the server answered (401 checked and wrong, 429 refused before any check) and the throughput.
local counter = 0
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  statuses = {}
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

local function base64(data)
  local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
  return ((data:gsub(".", function(x)
    local r, b = "", x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return alphabet:sub(c + 1, c + 1)
  end) .. ({ "", "==", "=" })[#data % 3 + 1])
end

request = function()
  counter = counter + 1
  local credential = base64("deltaker@samkurs.no:gjett-" .. math.random(1, 1000000000) .. "-" .. counter)
  return wrk.format("GET", "/api/people/me", { ["Authorization"] = "Basic " .. credential })
end

response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for status, count in pairs(s) do total[status] = (total[status] or 0) + count end
  end
  local parts = {}
  for status, count in pairs(total) do table.insert(parts, status .. "=" .. count) end
  table.sort(parts)
  io.write(string.format("FLOOD requests=%d rps=%.1f statuses: %s\n", summary.requests,
    summary.requests / (summary.duration / 1e6), table.concat(parts, " ")))
end
