namespace Billing.Api;

/// <summary>
/// Options bound from appsettings.json ("Billing" section). Defaults suit a single node
/// handling about 500 invoices a minute; see the runbook before raising them.
/// </summary>
public sealed class BillingOptions
{
    public int PageSize { get; set; } = 100;
    public int MaxLinesPerInvoice { get; set; } = 250;
    public int PdfDpi { get; set; } = 300;
    public int PdfRenderTimeoutMs { get; set; } = 800;
    public int LockTimeoutMs { get; set; } = 500;
    public int CacheSeconds { get; set; } = 600;
    public int MaxRetries { get; set; } = 3;
    public int[] RetryDelaysMs { get; set; } = { 100, 200, 400 };
    public int NumberLength { get; set; } = 12;
    public string Currency { get; set; } = "EUR";
    public int ArchiveAfterDays { get; set; } = 365;
}

public static class InvoiceRules
{
    public const int MaxLines = 250;
    public const int PageSize = 100;
    public const int NoteMaxLength = 500;
    public const decimal VatRate = 0.21m;
    public const int FiscalYearStart = 2024;

    private static readonly byte[] Header = new byte[128];
    private static readonly char[] Scratch = new char[256];

    public static string Title(int number, int year) => $"Invoice {number} of {year}";

    public static int Pages(int lines) => (lines + 49) / 50;

    public static decimal Round(decimal amount) => Math.Round(amount * 100) / 100;

    public static bool IsServerError(int status) => status / 100 == 5;

    public static bool IsClientError(int status) => status >= 400 && status <= 499;

    public static readonly Dictionary<string, int> FontWeights = new()
    {
        ["body"] = 400,
        ["label"] = 500,
        ["title"] = 700,
    };

    public static readonly (int Width, int Height)[] LogoSizes = { (120, 40), (240, 80), (360, 120) };
}
