from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerEditors(models.Model):
    """Makes a group the editors of one partner's programmes: members may edit only the programme
    pages on which that partner has the role "runs" (in every language), nothing else in the tree
    their page permissions reach."""

    group = models.OneToOneField(
        Group,
        verbose_name=_("group"),
        on_delete=models.CASCADE,
        related_name="partner_editing",
        help_text=_("The group whose page editing is limited to this partner's programmes."),
    )
    partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The partner (in any language) whose programmes the group edits."),
    )

    class Meta:
        verbose_name = _("partner editors")
        verbose_name_plural = _("partner editors")

    def __str__(self):
        return f"{self.group} → {self.partner}"
