-- Record a chunk of jobs as queued in one call (a command per job per field costs the producer more than the jobs).
-- KEYS: the queue's queued index, then one hash per job; ARGV: now, ttl, queue, then id, url, priority, job JSON
-- per job.
local now, ttl, queue = ARGV[1], ARGV[2], ARGV[3]
for i = 2, #KEYS do
  local key, at = KEYS[i], 4 + (i - 2) * 4
  redis.call('HSETNX', key, 'state', 'queued')
  redis.call('HSETNX', key, 'attempt', '0')
  redis.call('HSETNX', key, 'updated_at', now)
  redis.call('HSET', key, 'url', ARGV[at + 1], 'enqueued_at', now, 'priority', ARGV[at + 2], 'job', ARGV[at + 3],
    'queue', queue)
  redis.call('EXPIRE', key, ttl)
  redis.call('ZADD', KEYS[1], now, ARGV[at])
end
return #KEYS - 1
