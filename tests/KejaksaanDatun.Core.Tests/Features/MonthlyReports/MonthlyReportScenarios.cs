using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Tests.Features.Recovery;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.MonthlyReports;

/// <summary>A month with known figures, and reading a report as a person would.</summary>
public static class MonthlyReportScenarios
{
    private static readonly DateTime HandedOver = new(2025, 3, 10, 1, 0, 0, DateTimeKind.Utc); // 10 March 2025, 09.00 WITA

    /// <summary>
    /// A case of Kejari Hulu Sungai Tengah handed over on 10 March 2025 for Rp20.502.000, of which Rp1.025.100 (5 %) was
    /// paid on 20 March 2025: the demo data has nothing that month, so the report's figures are this case's alone.
    /// </summary>
    public static async Task<(int SkkId, string SkkNumber)> CaseOfMarch2025(this TestApp app)
    {
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        await app.Send(RecoveryScenarios.Record(skkId, app.Today, Money.FromRupiah(1_025_100)), await app.As("bpjs.bjm"));
        await using var db = app.NewDb();
        await db.Skks.Where(s => s.Id == skkId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Date, new DateOnly(2025, 3, 5)).SetProperty(x => x.HandedOverAt, HandedOver)
            .SetProperty(x => x.AcceptedAt, HandedOver.AddHours(2)));
        await app.MovePayments(skkId, new DateOnly(2025, 3, 20));
        return (skkId, await db.Skks.Where(s => s.Id == skkId).Select(s => s.Number).SingleAsync());
    }

    /// <summary>Moves the case's payments (of the amount, when given) to another day, straight in the database.</summary>
    public static async Task MovePayments(this TestApp app, int skkId, DateOnly paidOn, Money? amount = null)
    {
        var sen = amount?.Sen;
        await using var db = app.NewDb();
        await db.Payments.Where(p => p.SkkId == skkId && (sen == null || p.AmountSen == sen))
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.PaidOn, paidOn));
        // The dates were moved past the change tracking that keeps the dashboards' monthly figures.
        await MonthlyFigureRebuild.RebuildAllAsync(db, CancellationToken.None);
    }

    /// <summary>The body's text of a .docx that passes the Open XML SDK validator; fails the test otherwise.</summary>
    public static string ValidatedText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Description} at {e.Path?.XPath}").ToList();
        if (errors.Count > 0) Assert.Fail(string.Join("\n", errors));
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }
}
