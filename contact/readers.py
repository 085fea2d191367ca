"""The group of staff who read and answer contact messages: they see the messages in the admin and
export them, nothing else (no pages, no snippets, no deleting, no superuser rights). The data
migration ``0006_contact_message_readers_group`` creates it on every installation."""

CONTACT_MESSAGE_READERS = "Contact message readers"
PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("contact", "view_contactmessage"),
    ("contact", "export_contactmessage"),
]
