"""`digest serve`: build, serve on 127.0.0.1, rebuild on changes, reload the open pages.

The site is built into a temporary folder (never the configured output, so a deploy can never
pick up the reload script). Each HTML page gets a small script that polls `_digest/build-id`
and reloads when it differs from the id the page was built with. The id is a hash of the
rendered pages, so a rebuild that changes nothing does not reload anything.
"""
from __future__ import annotations

import functools
import hashlib
import http.server
import shutil
import signal
import sys
import tempfile
import threading
from pathlib import Path

import click

from generator.config import Config, load_config
from generator.errors import DigestError

BUILD_ID = "_digest/build-id"
RELOAD_JS = "_digest/reload.js"
RELOAD_SCRIPT = """// digest serve only: reload when the site is rebuilt.
(function () {
  var me = document.currentScript;
  var built = me.dataset.build, url = me.src.replace(/reload\\.js(\\?.*)?$/, "build-id");
  function check() {
    fetch(url, { cache: "no-store" }).then(function (r) { return r.ok ? r.text() : null; })
      .then(function (id) { if (id && id.trim() !== built) { location.reload(); } else { later(); } },
            later);
  }
  function later() { setTimeout(check, 500); }
  later();
})();
"""


def build_id(pages: dict[str, str | bytes]) -> str:
    digest = hashlib.sha256()
    for path, content in sorted(pages.items()):
        digest.update(path.encode("utf-8") + b"\0")
        digest.update(content if isinstance(content, bytes) else content.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def inject_reload(pages: dict[str, str | bytes], root_of_404: str = "/") -> dict[str, str | bytes]:
    """The pages with the reload script before </body>, plus the script and the build id."""
    ident = build_id(pages)
    out: dict[str, str | bytes] = {}
    for path, content in pages.items():
        if path.endswith(".html") and isinstance(content, str) and "</body>" in content:
            root = root_of_404 if path == "404.html" else "../" * path.count("/")
            tag = f'<script src="{root}{RELOAD_JS}" data-build="{ident}"></script>\n'
            at = content.rindex("</body>")
            content = content[:at] + tag + content[at:]
        out[path] = content
    out[RELOAD_JS] = RELOAD_SCRIPT
    out[BUILD_ID] = ident + "\n"
    return out


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


def watched_paths(config: Config) -> list[Path]:
    project = config.root
    return [p for p in (project / "content", project / "templates", config.source) if p.exists()]


def run_serve(config_path: Path, port: int, search: bool = True) -> None:
    from watchfiles import watch

    from generator.commands.build import run_build

    base_url = f"http://127.0.0.1:{port}/"
    folder = Path(tempfile.mkdtemp(prefix="digest-serve-")) / "site"

    def rebuild() -> bool:
        try:
            config = load_config(config_path).with_overrides(base_url=base_url, output=folder)
            run_build(config, search=search, transform=inject_reload)
            return True
        except DigestError as exc:
            click.echo(f"Error: {exc.format_message()}", err=True)
            return False

    config = load_config(config_path)
    if not rebuild():
        shutil.rmtree(folder.parent, ignore_errors=True)
        raise DigestError("the first build failed; nothing to serve")
    handler = functools.partial(_Handler, directory=str(folder))
    try:
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError as exc:
        shutil.rmtree(folder.parent, ignore_errors=True)
        raise DigestError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}") from None
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    paths = watched_paths(config)
    click.echo(f"Serving {base_url} (watching {', '.join(str(p) for p in paths)}; Ctrl-C stops)", err=True)
    sys.stderr.flush()
    try:
        for changes in watch(*paths, debounce=400, step=50, stop_event=stop, raise_interrupt=False):
            names = sorted({Path(p).name for _, p in changes})
            click.echo(f"Changed: {', '.join(names[:5])}{' …' if len(names) > 5 else ''}; rebuilding", err=True)
            rebuild()
    finally:
        httpd.shutdown()
        httpd.server_close()
        shutil.rmtree(folder.parent, ignore_errors=True)
