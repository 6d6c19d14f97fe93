"""Orders API on Django REST framework."""
import datetime

from django.core.cache import cache
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET
from rest_framework import status, viewsets
from rest_framework.decorators import action, api_view
from rest_framework.exceptions import APIException
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from .models import Order, Refund
from .serializers import OrderSerializer, RefundSerializer

THROTTLE_RATE = "300/hour"
FRAUD_SCORE_LIMIT = 750
ORDER_NUMBER_DIGITS = 8


class PaymentGatewayDown(APIException):
    status_code = «503»
    default_detail = "Payment provider unavailable, try again in 120 seconds."
    default_code = "payment_unavailable"


class OrderLocked(APIException):
    status_code = «status.HTTP_423_LOCKED»
    default_detail = "Order is being fulfilled."


class OrderPagination(PageNumberPagination):
    page_size = 50
    max_page_size = 200
    page_size_query_param = "page_size"


class OrderViewSet(viewsets.ModelViewSet):
    serializer_class = OrderSerializer
    pagination_class = OrderPagination

    def get_queryset(self):
        return Order.objects.filter(customer=self.request.user).order_by("-created")[:500]

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        if not serializer.is_valid():
            return Response(serializer.errors, status=«status.HTTP_400_BAD_REQUEST»)
        if serializer.validated_data["fraud_score"] > FRAUD_SCORE_LIMIT:
            return Response({"detail": "review required"}, status=«status.HTTP_202_ACCEPTED»)
        order = serializer.save(customer=request.user)
        return Response(self.get_serializer(order).data, status=«status.HTTP_201_CREATED»)

    def destroy(self, request, *args, **kwargs):
        order = self.get_object()
        if order.shipped:
            return Response({"detail": "already shipped"}, status=«409»)
        order.delete()
        return Response(status=«status.HTTP_204_NO_CONTENT»)

    @action(detail=True, methods=["post"])
    def refund(self, request, pk=None):
        order = self.get_object()
        if order.locked:
            raise OrderLocked()
        amount = request.data.get("amount_cents", 0)
        if amount <= 0 or amount > order.total_cents:
            return Response({"detail": "bad amount"}, status=«422»)
        refund = Refund.objects.create(order=order, amount_cents=amount)
        return Response(RefundSerializer(refund).data, «201»)

    @action(detail=False)
    def recent(self, request):
        since = datetime.date.today() - datetime.timedelta(days=365)
        qs = self.get_queryset().filter(created__gte=since)[:100]
        return Response(self.get_serializer(qs, many=True).data, status=«status.HTTP_200_OK»)


@api_view(["GET"])
def order_status(request, number):
    if len(number) != ORDER_NUMBER_DIGITS:
        return Response({"detail": "order numbers have 8 digits"}, status=«400»)
    order = get_object_or_404(Order, number=number)
    cached = cache.get(f"order-status:{number}")
    if cached is not None:
        return Response(cached)
    data = {"number": order.number, "state": order.state}
    cache.set(f"order-status:{number}", data, timeout=600)
    return Response(data, status=«200»)


@require_GET
def invoice_pdf(request, pk):
    order = get_object_or_404(Order, pk=pk, customer=request.user)
    if not order.invoice:
        return HttpResponse("invoice not ready", status=«425»)
    resp = HttpResponse(order.invoice.read(), content_type="application/pdf")
    resp["Content-Disposition"] = f'attachment; filename="invoice-{order.number}.pdf"'
    return resp


def old_tracking(request, code):
    resp = HttpResponseRedirect(f"/orders/track/{code}/")
    resp.status_code = «308»
    return resp


def healthz(request):
    return JsonResponse({"ok": True, "version": "4.2.100"}, status=«200»)


def unavailable(request):
    return JsonResponse({"detail": "read-only mode"}, status=«status.HTTP_503_SERVICE_UNAVAILABLE»)


def legal_block(request):
    # RFC 7725: 451 for content blocked by law.
    return HttpResponse(status=«451»)


def custom_bad_status(request):
    # Nonstandard codes still reach clients; flag them.
    return HttpResponse("upstream said no", status=«599»)


def handler404(request, exception):
    return JsonResponse({"detail": "not found"}, status=«404»)


def handler500(request):
    return JsonResponse({"detail": "server error"}, status=«500»)


def retry_schedule(attempt: int) -> int:
    """Milliseconds to wait: 250, 500, 1000, ..., capped at 8000."""
    return min(250 * 2 ** attempt, 8000)


def width_for(columns: int) -> int:
    width = 404 if columns > 3 else 202
    return width
