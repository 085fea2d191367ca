"""The admin form of every page: publishing, submitting or approving a page is refused while it shows a
picture of an identifiable person without valid consent (see image_library.consent)."""

from wagtail.admin.forms import WagtailAdminPageForm

from image_library.consent import consent_error, image_ids_in_value, images_lacking_consent


class BasePageForm(WagtailAdminPageForm):
    def is_publishing_action(self):
        """Publish (or schedule), submit for moderation, or approve in the editor."""
        if self.data.get("action-publish") or self.data.get("action-submit"):
            return True
        return bool(self.data.get("action-workflow-action")) and self.data.get("workflow-action-name") == "approve"

    def clean(self):
        cleaned_data = super().clean()
        if self.is_publishing_action():
            fields = {field.name: field for field in self.instance._meta.concrete_fields}
            image_ids = set()
            for name, value in cleaned_data.items():
                image_ids |= image_ids_in_value(value, fields.get(name))
            refused = images_lacking_consent(image_ids)
            if refused:
                self.add_error(None, consent_error(refused))
        return cleaned_data
