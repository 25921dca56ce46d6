using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Skk;

/// <summary>Requests and look-ups for the tests of extension, reporting and notes.</summary>
public static class SkkLifecycleScenarios
{
    public static async Task<ExtendSkk> Extension(this TestApp app, int skkId, string? number = null) => new()
    {
        SkkId = skkId, Version = await app.VersionOf(skkId), Number = number ?? $"SKK.PERPANJANGAN-{skkId}/KC-BJM",
        Date = app.Today, ValidUntil = app.Today.AddYears(1),
        GrantorName = "Ahmad Fauzan Noor", GrantorTitle = "Kepala BPJS Ketenagakerjaan Cabang Banjarmasin",
    };

    /// <summary>Moves the clock past the validity of <see cref="Requests.Skk"/> (one year from the day it was drafted).</summary>
    public static void PastExpiry(this TestApp app) => app.Clock.Now = app.Clock.Now.AddYears(1).AddDays(2);

    /// <summary>A handled case closed as not recovered by its lead JPN (jpn.hst1).</summary>
    public static async Task<int> FinishedCase(this TestApp app)
    {
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        await app.Send(new CloseCase
        {
            SkkId = skkId, Version = await app.VersionOf(skkId), Outcome = CaseOutcome.TidakBerhasil,
            Reason = "Badan usaha telah bubar berdasarkan akta pembubaran.",
        }, await app.As("jpn.hst1"));
        return skkId;
    }

    public static async Task<MarkCaseReported> Report(this TestApp app, int skkId, long? letterId = null) => new()
    {
        SkkId = skkId, Version = await app.VersionOf(skkId), SentOn = app.Today, LetterId = letterId,
        Note = "Dikirim melalui ekspedisi kantor.",
    };

    /// <summary>What the three commands could change, to compare before and after a refusal.</summary>
    public static async Task<string> LifecycleStateOf(this TestApp app, int skkId)
    {
        await using var db = app.NewDb();
        var skk = await db.Skks.AsNoTracking().SingleAsync(s => s.Id == skkId);
        var events = await db.CaseEvents.CountAsync(e => e.SkkId == skkId);
        var extensions = await db.SkkExtensions.CountAsync(e => e.SkkId == skkId);
        var reports = await db.CaseReports.CountAsync(r => r.SkkId == skkId);
        var notes = await db.CaseNotes.CountAsync(n => n.SkkId == skkId);
        return $"{skk.Status}|{skk.Version}|{skk.Number}|{skk.ValidUntil}|{events}|{extensions}|{reports}|{notes}";
    }

    public static async Task<List<AuditEntry>> AuditOf(this TestApp app, string action)
    {
        await using var db = app.NewDb();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Action == action).ToListAsync();
    }
}
