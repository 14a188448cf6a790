-- Publish an event once: XADD unless its marker exists or the job has another outcome; set both markers.
-- KEYS: stream, published marker, outcome marker. ARGV: event JSON, event id, event type, marker ttl, maxlen.
-- Returns {1, entry, ''} when added, {0, existing entry, ''} when already published,
-- {0, '', other outcome} when the job has another outcome.
local existing = redis.call('GET', KEYS[2])
if existing then
  return {0, existing, ''}
end
local outcome = redis.call('GET', KEYS[3])
if outcome and outcome ~= ARGV[3] .. ' ' .. ARGV[2] then
  return {0, '', outcome}
end
local entry = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[5], '*', 'event', ARGV[1], 'id', ARGV[2], 'type', ARGV[3])
redis.call('SET', KEYS[2], entry, 'EX', ARGV[4])
redis.call('SET', KEYS[3], ARGV[3] .. ' ' .. ARGV[2], 'EX', ARGV[4])
return {1, entry, ''}
