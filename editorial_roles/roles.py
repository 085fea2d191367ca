"""The editorial roles: group names and the permissions each holds.

Model permissions live in the data migration (every installation has the groups); the page
permissions that depend on pages of the seed content are granted by ``setup.py`` once those pages
exist.
"""

IOM_EDITORS = "IOM editors"
ATINA_EDITORS = "Atina editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"

ADMIN_ACCESS = [("wagtailadmin", "access_admin")]
SUBMIT_TRANSLATION = [("wagtail_localize", "submit_translation")]
SNIPPETS = [("news", "topic"), ("partners", "partner"), ("contact", "presscontact"), ("contact", "office")]

# Snippets public pages show, with drafts and moderation (migration 0004): editors and translators
# draft and submit, moderators publish, lock and unlock, as for pages.
PUBLISHED_SNIPPETS = SNIPPETS + [("site_settings", "sitetexts")]
SNIPPET_PUBLISHING = {
    IOM_EDITORS: [("site_settings", f"{action}_sitetexts") for action in ("add", "change", "view")],
    MODERATORS: [("site_settings", f"{action}_sitetexts") for action in ("add", "change", "delete", "view")]
    + [
        (app_label, f"{action}_{model}")
        for app_label, model in PUBLISHED_SNIPPETS
        for action in ("publish", "lock", "unlock")
    ],
    TRANSLATORS: [("site_settings", f"{action}_sitetexts") for action in ("change", "view")],
}

# Images and documents are permitted per collection (on the root collection: all of them).
MEDIA_ALL = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
MEDIA_CHOOSE = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]


def snippet_permissions(*actions):
    return [(app_label, f"{action}_{model}") for app_label, model in SNIPPETS for action in actions]


# Model permissions per group (the snippets are the translatable ones editors work with).
MODEL_PERMISSIONS = {
    IOM_EDITORS: ADMIN_ACCESS + SUBMIT_TRANSLATION + snippet_permissions("add", "change", "view"),
    ATINA_EDITORS: ADMIN_ACCESS + [("partners", "view_partner")],
    MODERATORS: ADMIN_ACCESS + SUBMIT_TRANSLATION + snippet_permissions("add", "change", "delete", "view"),
    TRANSLATORS: ADMIN_ACCESS + SUBMIT_TRANSLATION + snippet_permissions("change", "view"),
}
COLLECTION_PERMISSIONS = {
    IOM_EDITORS: MEDIA_ALL,
    ATINA_EDITORS: MEDIA_CHOOSE,
    MODERATORS: MEDIA_ALL,
    TRANSLATORS: MEDIA_CHOOSE,
}
# Page permissions on the tree's root (every language): create and edit everything; moderators
# also publish (and so unpublish). Atina editors and translators get narrower subtrees in setup.py.
ROOT_PAGE_PERMISSIONS = {
    IOM_EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}

# The partner whose programmes "Atina editors" edit, by its English name in the seed content.
ATINA_PARTNER_NAME = "Atina"
MODERATION_WORKFLOW = "Moderation of news and programmes"
MODERATION_TASK = "Moderators' approval"
