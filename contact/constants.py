"""Lengths the contact message's model and the contact form share."""

NAME_MAX_LENGTH = 200
MESSAGE_MAX_LENGTH = 5000
