"""Django settings for the shop project (production defaults; override via env)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "HOST": os.environ.get("PGHOST", "127.0.0.1"),
        "PORT": 5432,
        "CONN_MAX_AGE": 600,
        "OPTIONS": {"connect_timeout": 10, "options": "-c statement_timeout=300"},
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/1",
        "TIMEOUT": 300,
        "OPTIONS": {"max_connections": 100},
    }
}

SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 500
FILE_UPLOAD_PERMISSIONS = 0o644

REST_FRAMEWORK = {
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 100,
    "DEFAULT_THROTTLE_RATES": {"anon": "100/hour", "user": "1000/hour", "burst": "120/min"},
}

CELERY_TASK_TIME_LIMIT = 900
CELERY_TASK_SOFT_TIME_LIMIT = 840
CELERY_WORKER_MAX_TASKS_PER_CHILD = 200
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600, "max_retries": 5}

THUMBNAIL_SIZES = {"small": (128, 128), "medium": (256, 256), "large": (512, 512)}
IMAGE_QUALITY = 85
MAX_IMAGE_WIDTH = 404  # the design grid is 404 px wide; unrelated to HTTP
AVATAR_PX = 200

PASSWORD_MIN_LENGTH = 12
USERNAME_MAX_LENGTH = 150
EMAIL_MAX_LENGTH = 254

EMAIL_HOST = "smtp.internal"
EMAIL_PORT = 587
EMAIL_TIMEOUT = 30

LOGGING = {
    "version": 1,
    "handlers": {
        "file": {
            "class": "logging.handlers.RotatingFileHandler",
            "filename": "/var/log/shop/app.log",
            "maxBytes": 100 * 1024 * 1024,
            "backupCount": 7,
        }
    },
    "root": {"handlers": ["file"], "level": "INFO"},
}

THEME = {
    "primary": "#2563eb",
    "gray-100": "#f3f4f6",
    "gray-500": "#6b7280",
    "gray-900": "#111827",
    "font_weight_body": 400,
    "font_weight_heading": 700,
    "font_weight_medium": 500,
    "spacing": [4, 8, 16, 24, 32],
    "breakpoints": {"sm": 640, "md": 768, "lg": 1024},
    "transition_ms": 150,
}

FEATURE_FLAGS = {"new_checkout_pct": 100, "search_v2": False}
COPYRIGHT_YEAR_START = 2019
API_VERSION = "2.301.0"
