"""Staff accounts in the editorial groups, and the admin forms they post."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def staff_member(group_name):
    username = group_name.lower().replace(" ", "-")
    user = get_user_model().objects.create_user(username=username, email=f"{username}@example.org", password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def release_form(title, slug, action, **fields):
    """The press-release add/edit form as the admin posts it; action is "action-submit" or "action-publish"."""
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "introduction": "Lead.",
            "date": "2041-05-06",
            "dateline": "Belgrade",
            "body": streamfield([("paragraph", rich_text("<p>Text.</p>"))]),
            "topic_links": inline_formset([]),
            "press_contacts": inline_formset([]),
            action: "1",
            **fields,
        }
    )


def programme_form(programme, title, action):
    """The programme edit form, keeping its partner roles as they are."""
    roles = [{"id": role.pk, "partner": role.partner_id, "role": role.role} for role in programme.partner_roles.all()]
    return nested_form_data(
        {
            "title": title,
            "slug": programme.slug,
            "introduction": programme.introduction,
            "status": programme.status,
            "services": streamfield([]),
            "key_figures": streamfield([]),
            "body": streamfield([]),
            "partner_roles": inline_formset(roles, initial=len(roles)),
            action: "1",
        }
    )


def messages_of(response):
    return [str(message).strip() for message in response.context["messages"]] if response.context else []
