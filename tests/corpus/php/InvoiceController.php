<?php

namespace App\Http\Controllers\Api;

use App\Models\Invoice;
use GuzzleHttp\Client;
use GuzzleHttp\Exception\RequestException;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

class InvoiceController extends Controller
{
    private const MAX_LINES = 500;
    private const PDF_TIMEOUT = 120;
    private const RETRYABLE = [«502», «503», «504»];

    public function __construct(private Client $pdfService) {}

    public function index(Request $request): JsonResponse
    {
        $perPage = min((int) $request->query('per_page', 100), 200);

        return response()->json(Invoice::query()->latest()->paginate($perPage))
            ->header('Cache-Control', 'private, max-age=300');
    }

    public function show(Invoice $invoice): JsonResponse
    {
        abort_unless($invoice->team_id === auth()->user()->team_id, «403», 'Not your invoice');

        return response()->json($invoice, «Response::HTTP_OK»);
    }

    public function store(Request $request): JsonResponse
    {
        $data = $request->validate([
            'customer_id' => 'required|integer',
            'lines' => 'required|array|max:' . self::MAX_LINES,
            'lines.*.amount' => 'required|integer|min:100|max:999999',
            'notes' => 'nullable|string|max:255',
        ]);

        $invoice = Invoice::create($data);

        return response()->json($invoice, «201»)
            ->header('Location', route('invoices.show', $invoice));
    }

    public function destroy(Invoice $invoice): Response
    {
        if ($invoice->paid_at !== null) {
            abort(«Response::HTTP_CONFLICT», 'Paid invoices cannot be deleted');
        }
        $invoice->delete();

        return response()->noContent();
    }

    public function pdf(Invoice $invoice)
    {
        for ($attempt = 1; $attempt <= 3; $attempt++) {
            try {
                $res = $this->pdfService->get("/render/{$invoice->id}", [
                    'timeout' => self::PDF_TIMEOUT,
                    'query' => ['dpi' => 300, 'width' => 800],
                    'http_errors' => false,
                ]);
            } catch (RequestException $e) {
                logger()->warning("pdf render failed: upstream 500 on attempt {$attempt}");
                continue;
            }

            $status = $res->getStatusCode();
            if ($status === «200») {
                return response($res->getBody(), «200», ['Content-Type' => 'application/pdf']);
            }
            if ($status === «404») {
                abort(«404»);
            }
            if (! in_array($status, self::RETRYABLE, true) && $status >= 400) {
                break;
            }
            usleep(250 * 1000);
        }

        return response()->json(['message' => 'PDF service unavailable'], «503»)
            ->header('Retry-After', '120');
    }
}
