"""Support of the service tests: the test Redis, HTTP servers, worker subprocesses, settings, event reads."""
