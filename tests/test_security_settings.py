"""Production settings, response headers, foreign hosts, CSRF failures."""

import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import Client
from helpers import html_lang, soup

pytestmark = pytest.mark.django_db


def run_manage(*args, **env):
    environment = {key: value for key, value in os.environ.items() if key not in ("SECRET_KEY", "DEBUG")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=settings.BASE_DIR, env=environment, capture_output=True, text=True
    )


def test_production_settings_pass_the_deployment_checklist_without_a_warning():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="example.org",
    )

    assert result.returncode == 0, result.stderr
    assert "no issues (0 silenced)" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="portal.settings.production", ALLOWED_HOSTS="example.org")

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


# Runs Django's SecurityMiddleware as configured by the production settings, in a fresh process.
PROXY_PROBE = """
import django
django.setup()
from django.http import HttpResponse
from django.middleware.security import SecurityMiddleware
from django.test import RequestFactory
middleware = SecurityMiddleware(lambda request: HttpResponse())
factory = RequestFactory(HTTP_HOST="example.org")
plain = middleware(factory.get("/en/"))
proxied = middleware(factory.get("/en/", HTTP_X_FORWARDED_PROTO="https"))
print(plain.status_code, proxied.status_code, proxied.get("Strict-Transport-Security", "-").replace(" ", ""))
"""


def probe_production_https(**env):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "example.org",
        **env,
    }
    result = subprocess.run(
        [sys.executable, "-c", PROXY_PROBE], cwd=settings.BASE_DIR, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_production_sends_plain_http_to_https_and_trusts_the_proxys_header():
    plain, proxied, hsts = probe_production_https()

    assert plain == "301"
    assert proxied == "200"
    assert hsts == "max-age=31536000;includeSubDomains;preload"


def test_https_redirect_can_be_turned_off_by_the_environment():
    plain, _proxied, _hsts = probe_production_https(SECURE_SSL_REDIRECT="false")

    assert plain == "200"


def test_public_pages_forbid_inline_scripts_framing_and_powerful_features(client, release_en):
    response = client.get(release_en.url)
    policy = dict(directive.strip().split(" ", 1) for directive in response["Content-Security-Policy"].split(";"))

    assert policy["script-src"] == "'self'"
    assert "unsafe" not in response["Content-Security-Policy"]
    assert policy["frame-ancestors"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    for feature in ("camera=()", "microphone=()", "geolocation=()", "interest-cohort=()"):
        assert feature in response["Permissions-Policy"]


def test_public_pages_have_no_executable_inline_script(client, home_en, release_en):
    for url in (home_en.url, release_en.url, "/sr/"):
        for script in soup(client.get(url)).find_all("script"):
            assert script.get("src") or script.get("type") == "application/ld+json"


def test_admin_keeps_its_inline_scripts_and_same_origin_preview(admin_client, release_en):
    response = admin_client.get(f"/admin/pages/{release_en.pk}/edit/")

    assert response.status_code == 200
    assert "'unsafe-inline'" in response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert admin_client.get(f"/admin/pages/{release_en.pk}/edit/preview/")["X-Frame-Options"] == "SAMEORIGIN"


def test_foreign_host_header_answers_400_with_the_sites_own_page():
    response = Client(HTTP_HOST="evil.example").get("/sr-latn/")

    assert response.status_code == 400
    assert soup(response).h1.get_text(strip=True) in ("Bad request", "Neispravan zahtev")
    assert "Traceback" not in response.content.decode()


def test_csrf_failure_shows_the_sites_own_translated_403_page(home_sr):
    strict = Client(enforce_csrf_checks=True)

    response = strict.post("/sr-latn/kontakt/", {"message": "hello"})

    assert response.status_code == 403
    assert html_lang(response) == "sr-Latn"
    assert soup(response).select_one("header.site-header") is not None
    assert "CSRF" not in response.content.decode()


def test_staff_sessions_last_eight_hours_at_most():
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
