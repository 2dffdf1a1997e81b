"""Which absolute URL the site is built for: the flag, then the environment, then the config.

Order: `--base-url`, then `DIGEST_BASE_URL`, then the preview URL a host puts in the build's
environment, then `site.base_url` in config.yaml. Hosts, in the order they are tried:

- Netlify: `DEPLOY_PRIME_URL` (the deploy's own URL, with scheme: https://deploy-preview-12--x.netlify.app)
- Vercel: `VERCEL_URL` (host name only, no scheme: https:// is added)
- Cloudflare Pages: `CF_PAGES_URL` (with scheme)

GitHub Actions is not among them: it sets `GITHUB_REPOSITORY` and a pull request number, which
are not the URL a preview is served from; a workflow passes `--base-url` itself.
"""
from __future__ import annotations

from collections.abc import Mapping

# (variable, prefix to add when the value carries no scheme)
HOST_VARIABLES: tuple[tuple[str, str], ...] = (
    ("DEPLOY_PRIME_URL", ""),  # Netlify
    ("VERCEL_URL", "https://"),  # Vercel
    ("CF_PAGES_URL", ""),  # Cloudflare Pages
)


def _with_slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def resolve_base_url(flag: str | None, environ: Mapping[str, str], configured: str) -> tuple[str, str]:
    """(base URL ending in '/', where it came from). Empty values count as unset."""
    if flag and flag.strip():
        return _with_slash(flag.strip()), "--base-url"
    value = environ.get("DIGEST_BASE_URL", "").strip()
    if value:
        return _with_slash(value), "DIGEST_BASE_URL"
    for name, prefix in HOST_VARIABLES:
        value = environ.get(name, "").strip()
        if value:
            if "://" not in value:
                value = (prefix or "https://") + value
            return _with_slash(value), name
    return _with_slash(configured), "config"
