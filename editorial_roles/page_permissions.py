"""Who may do what to a page, as Wagtail's own screens ask it: ``page.permissions_for_user(user)``.

Translators see the default language's tree (to find "Translate this page" and "Sync translated
pages" on the English page) but edit only translations: their group's page permission on the English
home page opens the explorer, and this tester takes "add" and "change" away on default-language pages
when no other group of the user grants them. Every Wagtail screen that asks the page (explorer, edit,
add, move, copy, bulk actions, wagtail-localize's translation editor) gets the same answer.

Nobody copies a page into another language's tree (Wagtail already refuses such moves): the copy
would carry the source's text, unrelated to it by translation, under the other language's address.
A page reaches another language only through "Translate this page", whose text is checked.

BasePage.permissions_for_user builds this class, named by ``settings.PAGE_PERMISSION_TESTER``.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.models import PagePermissionTester

from .roles import TRANSLATORS


class EditorialPagePermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        if user.is_active and not user.is_superuser and self._reads_only():
            self.permissions = self.permissions - {"add", "change"}

    def _reads_only(self):
        if not self.permissions & {"add", "change"}:
            return False
        if self.page.locale.language_code != settings.LANGUAGE_CODE:
            return False
        granting = {
            perm.group_id
            for perm in self.permission_policy.get_cached_permissions_for_user(self.user)
            if self.page.path.startswith(perm.page.path) and perm.permission.codename in ("add_page", "change_page")
        }
        return not Group.objects.filter(pk__in=granting).exclude(name=TRANSLATORS).exists()

    def can_copy_to(self, destination, recursive=False):
        if destination.depth > 1 and destination.locale_id != self.page.locale_id:
            return False
        return super().can_copy_to(destination, recursive=recursive)
