"""Operations: metrics, heartbeat, structured logs, the Redis snapshot, job bookkeeping, the worker bootsteps."""
