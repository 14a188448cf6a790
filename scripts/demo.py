"""First-run demo: serve the bundled seed page on 127.0.0.1 and run ``wireroom ingest`` on it (no Redis needed).

The SSRF guard refuses loopback by default, so this demo opts in for 127.0.0.1 and the demo server's port only.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "pages"
PAGE = "seed_asian_correspondent.html"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> int:
    """Serve the seed page, ingest it in this machine's ``wireroom``, return its exit status."""
    handler = functools.partial(_QuietHandler, directory=str(PAGES))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    env = dict(
        os.environ,
        WIREROOM_FETCH_ALLOW_NETWORKS="127.0.0.1/32",
        WIREROOM_FETCH_ALLOWED_PORTS=f"80,443,{port}",
        WIREROOM_RESPECT_ROBOTS="false",
    )
    url = f"http://127.0.0.1:{port}/{PAGE}"
    print(f"demo: serving {PAGE} at {url}; running: wireroom ingest {url}", file=sys.stderr)
    wireroom = Path(sys.executable).with_name("wireroom")
    try:
        return subprocess.run([str(wireroom), "ingest", url], env=env, check=False).returncode
    finally:
        server.shutdown()


if __name__ == "__main__":
    raise SystemExit(main())
