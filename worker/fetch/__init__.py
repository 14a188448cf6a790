"""Fetching a page: the HTTP client, SSRF guard, deadline, robots.txt, per-host politeness, admission, URL rules."""
