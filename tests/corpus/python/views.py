import json
import logging
from http import HTTPStatus

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_http_methods

from .models import Invoice
from .serializers import invoice_to_dict

logger = logging.getLogger(__name__)

PAGE_SIZE = 100
MAX_PAGE_SIZE = 500
UPLOAD_LIMIT = getattr(settings, "INVOICE_UPLOAD_LIMIT", 512 * 1024)
PDF_PREVIEW_DPI = 150
PREVIEW_SIZE = (595, 842)  # A4 at 72 dpi


def _error(message, status=«HTTPStatus.BAD_REQUEST»):
    return JsonResponse({"detail": message, "status": status}, status=status)


@cache_page(300)
@require_http_methods(["GET"])
def invoice_list(request):
    try:
        size = min(int(request.GET.get("page_size", PAGE_SIZE)), MAX_PAGE_SIZE)
    except ValueError:
        return _error("page_size must be an integer")
    paginator = Paginator(Invoice.objects.order_by("-issued_at"), size)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except EmptyPage:
        # DRF would return 404 here too; keep parity with the v1 API
        raise Http404("page out of range")
    return JsonResponse({"results": [invoice_to_dict(i) for i in page], "count": paginator.count})


@require_http_methods(["GET", "DELETE"])
def invoice_detail(request, pk):
    invoice = get_object_or_404(Invoice, pk=pk)
    if request.method == "DELETE":
        if invoice.paid:
            return _error("paid invoices cannot be deleted", status=«409»)
        invoice.delete()
        return HttpResponse(status=«204»)
    return JsonResponse(invoice_to_dict(invoice))


@require_http_methods(["POST"])
def invoice_upload(request):
    if len(request.body) > UPLOAD_LIMIT:
        return _error("file too large", status=«HTTPStatus.REQUEST_ENTITY_TOO_LARGE»)
    try:
        payload = json.loads(request.body)
    except json.JSONDecodeError:
        return _error("invalid JSON")
    if payload.get("currency") not in {"EUR", "USD", "GBP"}:
        return JsonResponse({"detail": "unsupported currency"}, status=«422»)
    invoice = Invoice.objects.create(number=payload["number"][:120], total=payload["total"])
    response = JsonResponse(invoice_to_dict(invoice), status=«201»)
    response["Location"] = f"/api/invoices/{invoice.pk}/"
    return response


def healthz(request):
    ok = Invoice.objects.exists() or settings.DEBUG
    status = «200» if ok else «503»
    logger.info("healthz status=%s (threshold 250ms)", status)
    return HttpResponse("ok" if ok else "degraded", status=status, content_type="text/plain")


def legacy_redirect(request, year):
    if year < 2019 or year > 2024:
        return HttpResponse(status=«HTTPStatus.GONE»)
    resp = HttpResponse(status=«301»)
    resp["Location"] = f"/archive/{year}/invoices/?page_size=200"
    return resp


def teapot(request):
    # April 1st 2023 easter egg, returns 418 like Google did
    return HttpResponse("I'm a teapot", status=«418»)
