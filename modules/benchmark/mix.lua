-- A varied search load: one or two random words, whole or cut to a prefix of three letters or more, with a random
-- topic and county, so that most requests differ and caches hold only what real traffic would also reuse.
dofile("modules/benchmark/p95.lua")

local words = { "traume", "skole", "barnehage", "rus", "vold", "selvmord", "foreldre", "samarbeid", "ungdom",
  "psykisk", "helse", "barnevern", "nettverk", "webinar", "kurs", "digital", "trygghet", "mobbing", "overgrep",
  "angst", "sorg", "innsats", "flyktning", "kommune", "leder", "helsestasjon", "samtale", "omsorg", "forebygging",
  "tidlig" }
local topics = { "substance-use", "violence-abuse", "trauma", "suicide-self-harm", "mental-health", "child-welfare",
  "early-intervention", "cooperation", "parental-support" }
local counties = { "03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56" }

init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

local function word()
  local w = words[math.random(#words)]
  return string.sub(w, 1, math.random(3, #w))
end

request = function()
  local q = word()
  if math.random() < 0.5 then
    q = q .. "%20" .. word()
  end
  return wrk.format("GET", "/api/offerings?q=" .. q .. "&topic=" .. topics[math.random(#topics)]
    .. "&county=" .. counties[math.random(#counties)])
end
