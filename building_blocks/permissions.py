"""Who may do what to a page, as Wagtail's own screens ask it: ``page.permissions_for_user(user)``.

Apps that know the editorial roles withhold actions through the ``withhold_page_permissions`` hook
(a function of the tester returning the actions to take away, e.g. editorial_roles.permissions), so
explorer, edit, add, move, copy, bulk actions and wagtail-localize's translation editor all get the
same answer.

Nobody copies a page into another language's tree (Wagtail already refuses such moves): the copy
would carry the source's text, unrelated to it by translation, under the other language's address.
A page reaches another language only through "Translate this page", whose text is checked.
"""

from wagtail import hooks
from wagtail.models import PagePermissionTester


class EditorialPagePermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        if user.is_active and not user.is_superuser:
            for withhold in hooks.get_hooks("withhold_page_permissions"):
                self.permissions = self.permissions - set(withhold(self))

    def can_copy_to(self, destination, recursive=False):
        if destination.depth > 1 and destination.locale_id != self.page.locale_id:
            return False
        return super().can_copy_to(destination, recursive=recursive)
