"""Settings shared by every environment. Safe by default: DEBUG is off unless asked for."""

from pathlib import Path

import dj_database_url

from .environment import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# --- Environment (each variable is declared here once; docs/operators.md lists them) ------------
DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        # Kept between requests (a new PostgreSQL connection costs more than most pages' queries). A
        # restarted database costs no error page: every request's first query, the content version,
        # opens a new connection when the kept one is broken (page_cache.versions), so Django's health
        # checks (a "SELECT 1" more on every request) stay off.
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=False,
    )
}
# The site's address: the one source of every absolute URL (canonical, hreflang, sharing tags, JSON-LD,
# sitemap, robots.txt, feeds, e-mails), never the request's Host. The default Site record follows it
# after each migrate (building_blocks.site_address).
BASE_URL = env_str("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# The contact form: who is e-mailed about each message, how long messages are kept, and how many
# posts one client may make per hour.
CONTACT_RECIPIENTS = env_list("CONTACT_RECIPIENTS", [])
CONTACT_RETENTION_DAYS = env_int("CONTACT_RETENTION_DAYS", 180)
CONTACT_RATE_LIMIT = env_int("CONTACT_RATE_LIMIT", 10)
# Press alerts (press_alerts): messages sent a minute at most, attempts before giving up on one,
# days an unconfirmed subscription is kept, subscription-form posts one client may make per hour.
PRESS_ALERTS_PER_MINUTE = env_int("PRESS_ALERTS_PER_MINUTE", 60)
PRESS_ALERTS_MAX_ATTEMPTS = env_int("PRESS_ALERTS_MAX_ATTEMPTS", 20)
PRESS_ALERTS_UNCONFIRMED_DAYS = env_int("PRESS_ALERTS_UNCONFIRMED_DAYS", 3)
PRESS_ALERTS_RATE_LIMIT = env_int("PRESS_ALERTS_RATE_LIMIT", 10)
# Caching and scale-out (see "Performance and scale" below and docs/operators.md).
REDIS_URL = env_str("REDIS_URL", "")
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
PAGE_CACHE_BROWSER_SECONDS = env_int("PAGE_CACHE_BROWSER_SECONDS", 60)
PAGE_CACHE_PROXY_SECONDS = env_int("PAGE_CACHE_PROXY_SECONDS", 1)
FRONTEND_CACHE_PURGE_URL = env_str("FRONTEND_CACHE_PURGE_URL", "")
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME", "")
AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL", "")
AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME", "")
AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN", "")
# Staff sessions: how long a sign-in lasts, and whether closing the browser ends it.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", True)
# Seconds a reader is asked to wait (Retry-After) while the database is unreachable.
OUTAGE_RETRY_AFTER = env_int("OUTAGE_RETRY_AFTER", 120)

# --- Applications ----------------------------------------------------------------------------------
INSTALLED_APPS = [
    "accounts",
    "image_library",
    "building_blocks",
    "home",
    "news",
    "programmes",
    "contact",
    "press_alerts",
    "partners",
    "site_settings",
    "page_cache",
    "initial_content",
    "serbian_script",
    "editorial_roles",
    "translation_status",
    "site_search",
    "seo",
    "public_api",
    "site_security",
    "operations",
    "wagtail_localize",
    # Wagtail's locale editor, not wagtail_localize.locales: its "Synchronise content from another
    # locale" publishes English copies under Serbian addresses (wagtail-localize issues 871, 743).
    "wagtail.locales",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "site_security.middleware.SecurityHeadersMiddleware",
    # GET and HEAD everywhere, POST only where a form is, never TRACE (site_security.http_methods).
    "site_security.http_methods.HttpMethodsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before everything that reads the database: any address answers the 503 page while it is away.
    "operations.outage.DatabaseOutageMiddleware",
    # Before sessions, languages and transliteration: a cached page is served as it was finally sent.
    "page_cache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "building_blocks.middleware.LocaleMiddleware",  # Django's, without redirecting a view's own 404
    "serbian_script.middleware.CyrillicMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "site_security.document_metadata.UploadWarningsMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

AUTH_USER_MODEL = "accounts.User"
# Asked by every page (BasePage.permissions_for_user) in the explorer, editor, bulk actions and translation editor.
PAGE_PERMISSION_TESTER = "editorial_roles.page_permissions.EditorialPagePermissionTester"
WAGTAILIMAGES_IMAGE_MODEL = "image_library.CreditedImage"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# django-axes: five failed sign-ins for one account from one address lock that pair out for an hour
# (429 and a page saying so). `manage.py axes_reset_username <name>` or `axes_reset_ip <ip>` unlocks.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "site_security/locked_out.html"
AXES_VERBOSE = False

# --- Security (production.py adds HTTPS-only settings) -------------------------------------------
CSRF_FAILURE_VIEW = "site_security.views.csrf_failure"
# The CSRF cookie (contact form, private pages' password and sign-in screens) lasts until the browser
# closes, not Django's default year: a reader's device keeps no lasting trace of the site.
CSRF_COOKIE_AGE = None
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Languages: defined once here, imported wherever needed ------------------------------------
# Django's "sr" is Serbian in Cyrillic and "sr-latn" Serbian in Latin script. Content is written
# once in Serbian (the "sr-latn" locale); Wagtail serves it for "sr" too, as a variant of the same
# content language, and serbian_script turns it into Cyrillic.
LANGUAGE_CODE = "en"
WAGTAIL_CONTENT_LANGUAGES = [
    ("en", "English"),
    ("sr-latn", "Srpski"),
]
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES + [("sr", "Српски")]
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Belgrade"
# The site's own strings, then the Wagtail admin's Serbian (locale/admin, kept by serbian_script's
# update_admin_catalogues so that makemessages never drops it); both take precedence over the packages'.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "admin"]
# Each language in its own words and script, where one is chosen: the admin's preferences (Account →
# Preferences) and press alerts' subscription form.
LANGUAGES_WITH_SCRIPT = [("en", "English"), ("sr-latn", "Srpski (latinica)"), ("sr", "Српски (ћирилица)")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES_WITH_SCRIPT
# Serbian dates with the month in the genitive ("1. novembra 2006."), see serbian_script/formats.
FORMAT_MODULE_PATH = ["serbian_script.formats"]

# --- Static and media files ----------------------------------------------------------------------
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex page editors post many fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail ---------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "IOM Serbia and Atina"
# Private pages' password and sign-in screens: the site's own, translated, with the quick exit.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "site_security/private_page_password.html"
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = WAGTAIL_PASSWORD_REQUIRED_TEMPLATE
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "site_security/private_page_login.html"
# No avatars from gravatar.com: the admin makes no third-party requests either.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# One index for pages, the site's own (site_search/backend.py); images, documents and snippets stay in
# Wagtail's database backend. `manage.py update_index` rebuilds both.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "site_search.backend"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents are always downloaded through Django (Content-Disposition: attachment), never opened in
# the browser, so an uploaded file can never run as a page of the site.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# Uploads: content must match the extension; file names lose paths and control characters.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "site_security.uploads.SafeDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "site_security.uploads.SafeImageForm"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "heic", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Translations are made by people in wagtail-localize's editor, never by copying the English.
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Logging ---------------------------------------------------------------------------------------
# Warnings and errors, Django's failed requests included, to stderr, one line each:
# "2026-12-02T03:04:05+0100 ERROR django.request Internal Server Error: /en/\nTraceback …".
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "line": {
            "()": "portal.log_format.OneLineFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "datefmt": "%Y-%m-%dT%H:%M:%S%z",
        }
    },
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "line"}},
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    "loggers": {
        # Django's own handlers print only under DEBUG and mail ADMINS (none): its records go to the root's.
        "django": {"handlers": [], "level": "WARNING", "propagate": True},
        # 4xx answers are in the access log; 5xx are logged here.
        "django.request": {"level": "ERROR"},
    },
}

# --- Performance and scale ----------------------------------------------------------------------
# The page cache: Redis when REDIS_URL is set (one copy of each page for every app server), otherwise
# each process's memory. Either way correct: the version of every entry is read from the database.
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            # A Redis outage slows pages down; it never breaks them.
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "portal"}}
# Cached values (page_cache.cached_values): each process's own memory, under the content version
# read from the database, so nothing in it needs sharing or invalidating.
CACHES["process"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "cached-values",
    "OPTIONS": {"MAX_ENTRIES": 5000},
}
# Never cached whole: the admin and documents (served with their own checks).
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/documents/"]
# The only query parameters a cached page may have: the newsroom's filters and page numbers.
PAGE_CACHE_QUERY_PARAMETERS = ["page", "year", "topic", "programme"]

# A caching proxy or CDN in front is told which page URLs to drop when pages are published
# (in every language); without one, PAGE_CACHE_PROXY_SECONDS bounds how long it may keep a page.
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
    # Each published URL is purged under every language prefix, the Cyrillic /sr/ included.
    WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]

# Media in S3-compatible storage, shared by every app server, when a bucket is named.
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = AWS_S3_ENDPOINT_URL or None
    AWS_S3_REGION_NAME = AWS_S3_REGION_NAME or None
    AWS_S3_CUSTOM_DOMAIN = AWS_S3_CUSTOM_DOMAIN or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
