"""Who may do what to a page, as Wagtail's own screens ask it: ``page.permissions_for_user(user)``.

Wagtail's tester, less what the editorial roles' rules (editorial_roles.permissions) withhold:
translators read the default language's tree, partner editors act only on their partner's
programmes. Every Wagtail screen that asks the page (explorer, edit, add, move, copy, bulk actions,
wagtail-localize's translation editor) gets the same answer.

Nobody copies a page into another language's tree (Wagtail already refuses such moves): the copy
would carry the source's text, unrelated to it by translation, under the other language's address.
A page reaches another language only through "Translate this page", whose text is checked.

BasePage.permissions_for_user builds this class, named by ``settings.PAGE_PERMISSION_TESTER``.
"""

from wagtail.models import PagePermissionTester

from .permissions import partner_editors_edit_their_programmes, translators_read_the_default_language

RULES = [translators_read_the_default_language, partner_editors_edit_their_programmes]


class EditorialPagePermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        if user.is_active and not user.is_superuser:
            for withhold in RULES:
                self.permissions = self.permissions - withhold(self)

    def can_copy_to(self, destination, recursive=False):
        if destination.depth > 1 and destination.locale_id != self.page.locale_id:
            return False
        return super().can_copy_to(destination, recursive=recursive)
