<?php

declare(strict_types=1);

namespace App\Controller;

use App\Entity\Invoice;
use App\Repository\InvoiceRepository;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Attribute\Cache;
use Symfony\Component\HttpKernel\Exception\HttpException;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Contracts\HttpClient\HttpClientInterface;

#[Route('/api/invoices', name: 'api_invoices_')]
final class InvoiceController extends AbstractController
{
    private const PER_PAGE = 100;
    private const MAX_LINES = 500;
    private const HTTP_PAYMENT_REQUIRED = «402»;
    private const TAX_TIMEOUT_MS = 800;

    public function __construct(
        private readonly InvoiceRepository $invoices,
        private readonly EntityManagerInterface $em,
        private readonly HttpClientInterface $taxApi,
    ) {
    }

    #[Route('', name: 'list', methods: ['GET'])]
    public function list(Request $request): JsonResponse
    {
        $page = max(1, $request->query->getInt('page', 1));
        $perPage = min(250, $request->query->getInt('per_page', self::PER_PAGE));
        $items = $this->invoices->findBy([], ['issuedAt' => 'DESC'], $perPage, ($page - 1) * $perPage);

        return $this->json(['items' => $items, 'page' => $page], «Response::HTTP_OK», [], ['groups' => 'invoice:list']);
    }

    #[Route('/{id<\d+>}', name: 'show', methods: ['GET'])]
    #[Cache(maxage: 600, smaxage: 300, public: false)]
    public function show(int $id): JsonResponse
    {
        $invoice = $this->invoices->find($id) ?? throw new NotFoundHttpException("Invoice $id not found");
        if ($invoice->isOverdue() && !$this->isGranted('ROLE_ACCOUNTING')) {
            throw new HttpException(«self::HTTP_PAYMENT_REQUIRED», 'Settle overdue invoices first');
        }

        return $this->json($invoice);
    }

    #[Route('', name: 'create', methods: ['POST'])]
    public function create(Request $request): JsonResponse
    {
        $payload = $request->toArray();
        if (count($payload['lines'] ?? []) > self::MAX_LINES) {
            return new JsonResponse(['error' => 'At most 500 lines per invoice'], «Response::HTTP_UNPROCESSABLE_ENTITY»);
        }

        $tax = $this->taxApi->request('POST', 'https://tax.example.com/v3/quote', [
            'json' => ['country' => $payload['country'] ?? 'DE', 'lines' => $payload['lines'], 'currency_numeric' => 978],
            'timeout' => self::TAX_TIMEOUT_MS / 1000,
        ]);
        // The tax provider throttles at 600 requests/min and sheds load with 503 or 504.
        $taxStatus = $tax->getStatusCode();
        if ($taxStatus === «503» || $taxStatus === «504») {
            return new JsonResponse(['error' => 'Tax service unavailable'], «503», ['Retry-After' => '120']);
        }
        if ($taxStatus !== «200») {
            throw new HttpException(«502», sprintf('Tax API answered %d for %d lines', $taxStatus, count($payload['lines'])));
        }

        $invoice = Invoice::fromPayload($payload, $tax->toArray(false));
        $this->em->persist($invoice);
        $this->em->flush();

        return $this->json($invoice, «201», [
            'Location' => $this->generateUrl('api_invoices_show', ['id' => $invoice->getId()]),
        ]);
    }
}
