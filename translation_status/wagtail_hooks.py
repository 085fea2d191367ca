from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from .publishing import UpdateFinishedTranslationsView, refuse_to_publish_unfinished_translation
from .views import TranslationStatusView


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path("reports/translation-status/", TranslationStatusView.as_view(), name="translation_status"),
        path(
            "reports/translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="translation_status_results",
        ),
        # Answers wagtail-localize's own "Sync translated pages" address (this app's hooks run first).
        path(
            "localize/update/<int:translation_source_id>/",
            UpdateFinishedTranslationsView.as_view(),
            name="update_finished_translations",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return AdminOnlyMenuItem(_("Translation status"), reverse("translation_status"), icon_name="globe", order=900)


# Runs before wagtail-localize's own hook, which would publish the translation with English fallbacks.
hooks.register("before_edit_page", refuse_to_publish_unfinished_translation, order=-1)
