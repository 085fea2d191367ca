"""The press roles: who keeps the media list and sends advance copies, and who alone may see the
addresses of alert subscribers. Created by the data migration 0002 on every installation."""

PRESS_OFFICERS = "Press officers"
SUBSCRIBER_LIST_MANAGERS = "Subscriber list managers"

MODEL_PERMISSIONS = {
    PRESS_OFFICERS: [
        ("wagtailadmin", "access_admin"),
        ("press_alerts", "add_journalist"),
        ("press_alerts", "change_journalist"),
        ("press_alerts", "delete_journalist"),
        ("press_alerts", "view_journalist"),
        ("press_alerts", "view_advancecopy"),
        ("press_alerts", "send_advancecopy"),
    ],
    SUBSCRIBER_LIST_MANAGERS: [
        ("wagtailadmin", "access_admin"),
        ("press_alerts", "view_subscriber"),
        ("press_alerts", "delete_subscriber"),
    ],
}
