from django.urls import path

from . import views

app_name = "press_alerts"

urlpatterns = [
    path("press-alerts/", views.subscribe, name="subscribe"),
    path("press-alerts/check-your-email/", views.check_your_email, name="check_your_email"),
    path("press-alerts/confirm/<str:token>/", views.confirm, name="confirm"),
    path("press-alerts/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("advance-copy/<str:token>/", views.advance_copy, name="advance_copy"),
]
