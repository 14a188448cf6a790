-- Write a job's state. A write wins unless the record already holds a later attempt: a late "retrying" of attempt n
-- cannot overwrite "running" of attempt n+1. The retrying index (a sorted set) is kept in the same script, and a job
-- leaves the queued index (broker.reconcile watches it) at its first worker-side transition. The job itself (kept
-- for the reconciler to rebuild a lost message) is dropped once the job has its outcome.
-- KEYS: job hash, retrying index, queued index. ARGV: state, attempt, now, ttl, event id, error type, job id, url.
local current = tonumber(redis.call('HGET', KEYS[1], 'attempt') or '-1')
local attempt = tonumber(ARGV[2])
if attempt < current then return 0 end
redis.call('HSET', KEYS[1], 'state', ARGV[1], 'attempt', ARGV[2], 'updated_at', ARGV[3])
if ARGV[5] ~= '' then redis.call('HSET', KEYS[1], 'event_id', ARGV[5]) end
if ARGV[6] ~= '' then redis.call('HSET', KEYS[1], 'error_type', ARGV[6])
elseif ARGV[1] ~= 'failed' then redis.call('HDEL', KEYS[1], 'error_type') end
if ARGV[8] ~= '' then redis.call('HSETNX', KEYS[1], 'url', ARGV[8]) end
redis.call('EXPIRE', KEYS[1], ARGV[4])
if ARGV[1] == 'retrying' then redis.call('ZADD', KEYS[2], ARGV[3], ARGV[7])
else redis.call('ZREM', KEYS[2], ARGV[7]) end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[3]) - tonumber(ARGV[4]))
redis.call('ZREM', KEYS[3], ARGV[7])
if ARGV[1] == 'ingested' or ARGV[1] == 'failed' then redis.call('HDEL', KEYS[1], 'job') end
return 1
