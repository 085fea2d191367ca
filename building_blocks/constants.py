# Rich-text features editors get in body paragraphs: enough for a press release, nothing that
# breaks the house style (no colours, no embeds, no raw HTML); "latin" keeps a word in Latin script at /sr/.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "latin"]

# Longest address SMTP carries (RFC 5321) and the model field's default; Django's form field would
# accept 320, more than the database column holds.
EMAIL_MAX_LENGTH = 254
# A language code of settings.LANGUAGES ("sr-latn"), as stored with messages and subscriptions.
LANGUAGE_CODE_MAX_LENGTH = 10
