"""Old links to the previous site keep working: legacy redirects imported from a CSV file."""

import io

import pytest
from django.core.management import call_command
from helpers import soup
from wagtail.contrib.redirects.models import Redirect

pytestmark = pytest.mark.django_db


def import_csv(tmp_path, text):
    path = tmp_path / "legacy.csv"
    path.write_text(text, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    call_command("import_legacy_redirects", str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_old_path_redirects_permanently_to_the_new_page(client, tmp_path, release_en, release_sr):
    import_csv(
        tmp_path,
        "old_path,new_path_or_url,permanent\n"
        f"/vesti/centar.html,{release_sr.url},true\n"
        f"/news/centre.php?id=7,{release_en.url}\n"
        "/old-partner/,https://example.org/partner/,false\n",
    )

    response = client.get("/vesti/centar.html")
    assert response.status_code == 301 and response["Location"] == release_sr.url
    assert client.get("/news/centre.php?id=7")["Location"] == release_en.url
    external = client.get("/old-partner/")
    assert external.status_code == 302 and external["Location"] == "https://example.org/partner/"
    assert Redirect.objects.get(old_path="/vesti/centar.html").redirect_page_id == release_sr.pk


def test_cyrillic_path_of_a_page_is_accepted(tmp_path, release_sr):
    import_csv(tmp_path, f"/stari/,{release_sr.url.replace('/sr-latn/', '/sr/', 1)}\n")

    assert Redirect.objects.get(old_path="/stari").redirect_page_id == release_sr.pk


def test_bad_rows_are_reported_with_line_numbers_and_the_rest_imported(tmp_path, release_en):
    out, err = import_csv(
        tmp_path,
        "old_path,new_path_or_url\n"
        "no-slash,/en/\n"
        "/ok/,/en/\n"
        "/missing/,/en/no-such-page/\n"
        "/bad-url/,javascript:alert(1)\n"
        "/flag/,/en/,maybe\n"
        "/one-column/\n"
        "/admin/,/en/\n",
    )

    assert [line.split(":")[0] for line in err.splitlines()] == [f"Line {n}" for n in (2, 4, 5, 6, 7, 8)]
    assert "1 created" in out and "6 bad rows" in out
    imported = Redirect.objects.filter(old_path__in=["no-slash", "/ok", "/missing", "/bad-url", "/flag", "/admin"])
    assert list(imported.values_list("old_path", flat=True)) == ["/ok"]


def test_import_is_idempotent(tmp_path, release_en):
    csv_text = f"/a/,{release_en.url}\n/b/,https://example.org/\n"
    import_csv(tmp_path, csv_text)
    out, _err = import_csv(tmp_path, csv_text)

    assert "0 created, 0 updated, 2 unchanged" in out
    assert Redirect.objects.filter(old_path__in=["/a", "/b"]).count() == 2


def test_unreadable_file_is_a_clear_error(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("/\xe9t\xe9/,/en/\n".encode("latin-1"))

    with pytest.raises(Exception, match="Cannot read"):
        call_command("import_legacy_redirects", str(path), stdout=io.StringIO())


def test_wagtails_admin_importer_works(admin_client, client, release_en):
    # Wagtail's importer wants absolute addresses as targets (its redirect_link is a URLField).
    upload = io.BytesIO(f"from,to\n/from-admin/,{release_en.full_url}\n".encode())
    upload.name = "redirects.csv"
    confirm = soup(admin_client.post("/admin/redirects/import/", {"import_file": upload}))
    hidden = {field["name"]: field["value"] for field in confirm.select('input[type="hidden"]')}

    done = admin_client.post(
        "/admin/redirects/import/process/",
        {**hidden, "from_index": "0", "to_index": "1", "permanent": "on", "site": ""},
    )
    assert done.status_code == 302

    assert client.get("/from-admin/")["Location"] == release_en.full_url
