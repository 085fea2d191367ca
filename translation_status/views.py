from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from .states import STATE_LABELS, totals, translation_rows


def may_see_translation_status(user):
    """Those who translate or oversee translation: translators, editors and moderators (everyone who
    may start a translation)."""
    return user.is_superuser or user.has_perm("wagtail_localize.submit_translation")


class TranslationStatusView(ReportView):
    """Every English page and snippet with the state of its Serbian translation, totals first,
    filtered by state with ?state=…"""

    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    results_template_name = "translation_status/results.html"
    paginate_by = None
    columns = [
        TitleColumn("title", label=_("Title"), url_name=None, get_url=lambda row: row.edit_url),
        Column("kind", label=_("Type")),
        Column("state_label", label=_("Serbian")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not may_see_translation_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        self.all_rows = translation_rows(self.request.user)
        state = self.request.GET.get("state")
        if state in STATE_LABELS:
            return [row for row in self.all_rows if row.state == state]
        return self.all_rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["totals"] = [(state, STATE_LABELS[state], count) for state, count in totals(self.all_rows).items()]
        context["current_state"] = self.request.GET.get("state")
        return context
