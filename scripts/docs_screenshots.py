"""Takes the editors' guide screenshots (docs/images/*.png) with Playwright and Debian's Chromium.

Retake them after a Wagtail or wagtail-localize upgrade:

    make run                                   # once, so that db.sqlite3 holds the seed content
    .venv/bin/python scripts/docs_screenshots.py

It works on a copy of the SQLite database (the script adds staff accounts and submits a release for
moderation), serves that copy with runserver on a free loopback port, and signs in as an IOM editor,
a moderator and a translator, as the guide describes them. PNGs are optimised with optipng when it is
installed (apt-get install optipng).
"""

import argparse
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
IMAGES = PROJECT / "docs" / "images"
# Chromium launched as the browser tests launch it, at their desktop size.
sys.path.insert(0, str(PROJECT / "tests" / "browser"))
from browser_support import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from browser_support import DESKTOP as VIEWPORT  # noqa: E402

RELEASE = "release:first-reintegration-centre"
GO_LIVE = "2030-01-15 10:00"  # Europe/Belgrade, as the admin shows it


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare_database(source, workdir, port):
    """Points Django at a copy of ``source`` and returns the environment for the server."""
    copy = workdir / "db.sqlite3"
    shutil.copyfile(source, copy)
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{copy}",
        "BASE_URL": f"http://127.0.0.1:{port}",
    }
    os.environ.update(env)
    return env


def create_staff(password):
    """One account per role the guide shows; returns the ids of the pages photographed."""
    import django

    sys.path.insert(0, str(PROJECT))
    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection
    from wagtail.models import Page
    from wagtail.users.models import UserProfile

    from editorial_roles import roles
    from initial_content.models import LoadedSeedItem

    def account(username, group, language="en"):
        user, _created = get_user_model().objects.get_or_create(username=username)
        user.set_password(password)
        user.first_name = username.split("-")[1].capitalize()
        user.save()
        user.groups.set([Group.objects.get(name=group)])
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()

    account("docs-editor", roles.IOM_EDITORS)
    account("docs-moderator", roles.MODERATORS)
    account("docs-translator", roles.TRANSLATORS)
    account("docs-urednica", roles.IOM_EDITORS, language="sr-latn")

    def page_id(key, language="en"):
        record = LoadedSeedItem.objects.get(key=f"{key}:en")
        return Page.objects.get(translation_key=record.translation_key, locale__language_code=language).pk

    # An English page with no Serbian yet, for "Translate this page" (a draft copy of "About").
    about = Page.objects.get(pk=page_id("about")).specific
    draft = about.copy(update_attrs={"title": "About (draft copy)", "slug": "about-draft-copy"}, keep_live=False)

    ids = {
        "draft": draft.pk,
        "who_we_are": draft.get_parent().pk,
        "news": page_id("news"),
        "news_sr": page_id("news", "sr-latn"),
        "release": page_id(RELEASE),
        "release_sr": page_id(RELEASE, "sr-latn"),
    }
    connection.close()  # the server writes to the same SQLite file
    return ids


def start_server(env, port, log):
    command = [sys.executable, "manage.py", "runserver", "--nostatic", "--noreload", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, cwd=PROJECT, env=env, stdout=log, stderr=log)
    for _attempt in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/admin/login/", timeout=2)
            return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit(f"runserver did not answer on port {port}; see {log.name}")


def sign_in(browser, base_url, username, password):
    context = browser.new_context(viewport=VIEWPORT, locale="en-GB")
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{base_url}/admin/")
    return page


def shoot(page, name):
    page.wait_for_timeout(400)  # let the admin's transitions settle
    path = IMAGES / f"{name}.png"
    page.screenshot(path=path)
    print(f"  {path.relative_to(PROJECT)}")


def take_screenshots(browser, base_url, ids, password):
    editor = sign_in(browser, base_url, "docs-editor", password)
    editor.goto(f"{base_url}/admin/pages/{ids['news']}/")
    shoot(editor, "page-explorer")

    # An embargo: the go-live time in the publishing schedule, then submitting the release.
    editor.goto(f"{base_url}/admin/pages/{ids['release']}/edit/")
    editor.locator('[data-side-panel-toggle="status"]').click()
    editor.get_by_role("button", name="Set schedule").click()
    dialog = editor.locator("#schedule-publishing-dialog")
    go_live = dialog.locator('input[name="go_live_at"]')
    # Typed in without focusing the field, so the date picker does not cover the dialog.
    go_live.evaluate("(field, value) => { field.value = value; field.dispatchEvent(new Event('change')); }", GO_LIVE)
    shoot(editor, "release-go-live")
    dialog.get_by_role("button", name="Save schedule").click()
    editor.get_by_text("has been updated").wait_for()

    editor.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    shoot(editor, "submit-for-moderation")
    editor.get_by_role("button", name="Submit to Moderation of news and programmes").click()
    editor.get_by_text("has been submitted for moderation").wait_for()
    editor.context.close()

    moderator = sign_in(browser, base_url, "docs-moderator", password)
    row = moderator.locator("tr", has_text="First Reintegration Centre").first
    row.hover()  # the row's actions show on hover
    row.locator('[aria-label="Actions"]').click()
    shoot(moderator, "moderator-dashboard")
    moderator.context.close()

    translator = sign_in(browser, base_url, "docs-translator", password)
    translator.goto(f"{base_url}/admin/pages/{ids['who_we_are']}/")
    translator.get_by_role("button", name=re.compile("More options for .About \\(draft copy\\)")).click()
    shoot(translator, "translate-this-page")
    translator.goto(f"{base_url}/admin/pages/{ids['release_sr']}/edit/")
    translator.wait_for_selector(".editor-header, [data-translation-editor], #component-root, form", timeout=15000)
    shoot(translator, "translation-editor")
    translator.context.close()

    urednica = sign_in(browser, base_url, "docs-urednica", password)
    urednica.goto(f"{base_url}/admin/pages/{ids['news_sr']}/")
    shoot(urednica, "admin-serbian-latin")
    urednica.context.close()


def keep_failed_screens(browser):
    """What each open tab showed when a step failed, in test-artifacts/ (not committed)."""
    folder = PROJECT / "test-artifacts" / "docs-screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for number, context in enumerate(browser.contexts):
        for page in context.pages:
            page.screenshot(path=folder / f"failed-{number}.png")
            print(f"  the tab at {page.url} is in {folder}/failed-{number}.png", file=sys.stderr)


def optimise():
    if not shutil.which("optipng"):
        print("optipng is not installed: the PNGs are left as Chromium wrote them (apt-get install optipng)")
        return
    subprocess.run(["optipng", "-quiet", "-o2", *sorted(IMAGES.glob("*.png"))], check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", type=Path, default=PROJECT / "db.sqlite3", help="the seeded SQLite database")
    options = parser.parse_args()
    if not options.database.exists():
        raise SystemExit(f"{options.database} does not exist: run `make run` once first")
    if not CHROMIUM.exists():
        raise SystemExit(f"Chromium not found at {CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH")
    from playwright.sync_api import sync_playwright

    IMAGES.mkdir(parents=True, exist_ok=True)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    password = secrets.token_urlsafe(16)
    with tempfile.TemporaryDirectory(prefix="docs-screenshots-") as workdir:
        env = prepare_database(options.database, Path(workdir), port)
        ids = create_staff(password)
        with open(Path(workdir) / "runserver.log", "w") as log:
            server = start_server(env, port, log)
            try:
                with sync_playwright() as playwright:
                    browser = playwright.chromium.launch(
                        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
                    )
                    try:
                        take_screenshots(browser, base_url, ids, password)
                    except Exception:
                        keep_failed_screens(browser)
                        raise
                    browser.close()
            except Exception:
                log.flush()
                print(Path(log.name).read_text()[-3000:], file=sys.stderr)
                raise
            finally:
                server.terminate()
                server.wait(timeout=10)
    optimise()


if __name__ == "__main__":
    main()
