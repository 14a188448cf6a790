-- Take a fetch slot of one host (politeness: a minimum delay between fetches and a cap on concurrent ones).
-- KEYS: next, leases. ARGV: token, lease_ttl_ms, delay_ms, max_concurrency.
-- Returns 0 when the slot is taken, else the milliseconds to wait before trying again.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[2])
local delay = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
if nxt > now then
  return nxt - now
end
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[4]) then
  local first = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
  local until_expiry = tonumber(first[2]) - now
  return math.max(1, math.min(until_expiry, 250))
end
redis.call('ZADD', KEYS[2], now + ttl, ARGV[1])
redis.call('PEXPIRE', KEYS[2], ttl)
if delay > 0 then
  redis.call('SET', KEYS[1], now + delay, 'PX', delay)
end
return 0
