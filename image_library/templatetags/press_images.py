from django import template

register = template.Library()


@register.inclusion_tag("components/press_image.html", takes_context=True)
def press_image(context, image):
    """Below a published picture: its credit line to copy, its licence and terms of use, and, on pages
    whose pictures journalists may download, a link to the original with its format and size."""
    page = context.get("page")
    request = context.get("request")
    download_url = page.press_image_url(image, request) if hasattr(page, "press_image_url") else ""
    return {"image": image, "download_url": download_url}
