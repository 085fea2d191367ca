from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .moderation import submit_translation_for_moderation
from .publishing import (
    UpdateFinishedTranslationsView,
    hide_convert_to_alias,
    refuse_to_publish_unfinished_translation,
)
from .views import TranslationStatusView, may_see_translation_status


def register_translation_status_urls():
    return [
        path("reports/translation-status/", TranslationStatusView.as_view(), name="translation_status"),
        path(
            "reports/translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="translation_status_results",
        ),
        # "Sync translated pages" that publishes only finished translations, at an address of its own;
        # wagtail-localize's sync form links here (templates/wagtail_localize/admin/update_translations.html).
        path(
            "translations/sync/<int:translation_source_id>/",
            UpdateFinishedTranslationsView.as_view(),
            name="update_finished_translations",
        ),
        path(
            "translations/<int:page_id>/submit/",
            submit_translation_for_moderation,
            name="submit_translation_for_moderation",
        ),
    ]


hooks.register("register_admin_urls", register_translation_status_urls)


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_translation_status(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=900
    )


# Runs before wagtail-localize's own before_edit_page hook (order 0), which would publish the
# translation with English fallbacks.
hooks.register("before_edit_page", refuse_to_publish_unfinished_translation, order=-1)
# After wagtail-localize's menu items are in place (the model refuses the conversion anyway).
hooks.register("construct_page_action_menu", hide_convert_to_alias, order=1)
