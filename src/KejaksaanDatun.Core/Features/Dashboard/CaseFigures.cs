using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>
/// The figures of every dashboard row and of the totals, under one <see cref="DashboardFilter"/>. Money in sen.
/// </summary>
/// <param name="Received">SKK handed over to the Kejaksaan on a day of the period (and not returned since as incomplete).</param>
/// <param name="ArrearsHandedOverSen">The total arrears (iuran + denda) of those SKK.</param>
/// <param name="InProgress">Cases handed over on or before the period's last day and not finished by then, whenever received.</param>
/// <param name="Finished">Cases finished (Selesai with an outcome, or Dicabut) on a day of the period, whenever received.</param>
/// <param name="RecoveredSen">Confirmed, not reversed payments paid on a day of the period, of any case in scope.</param>
/// <param name="RecoveredOfReceivedSen">Confirmed, not reversed payments of the SKK received in the period, paid by its last day.</param>
public sealed record CaseFigures(int Received, long ArrearsHandedOverSen, int InProgress, int Finished, long RecoveredSen,
    long RecoveredOfReceivedSen)
{
    public static readonly CaseFigures None = new(0, 0, 0, 0, 0, 0);

    public Money ArrearsHandedOver => new(ArrearsHandedOverSen);
    public Money Recovered => new(RecoveredSen);
    public Money RecoveredOfReceived => new(RecoveredOfReceivedSen);

    /// <summary>
    /// Tingkat pemulihan: of the arrears handed over in the period, the share recovered by its end, in percent with one
    /// decimal (as in "13 SKK … Rp108.137.709 atau 5 %"). It never passes 100 %, unlike recovered-in-period over
    /// received-in-period, which mixes payments of older cases into a newer cohort.
    /// </summary>
    public decimal RecoveryRate => RecoveryMath.RecoveryRate(ArrearsHandedOverSen, RecoveredOfReceivedSen);

    public bool IsEmpty => this == None;

    public static CaseFigures operator +(CaseFigures a, CaseFigures b) => new(
        a.Received + b.Received, a.ArrearsHandedOverSen + b.ArrearsHandedOverSen, a.InProgress + b.InProgress,
        a.Finished + b.Finished, a.RecoveredSen + b.RecoveredSen, a.RecoveredOfReceivedSen + b.RecoveredOfReceivedSen);
}

/// <summary>The <see cref="CaseFigures"/> of every key of one breakdown, from one grouped query per figure.</summary>
internal sealed class CaseFiguresTable<TKey>
{
    private readonly Tallies<TKey> _received, _inProgress, _finished, _recovered, _recoveredOfReceived;

    private CaseFiguresTable(Tallies<TKey> received, Tallies<TKey> inProgress, Tallies<TKey> finished, Tallies<TKey> recovered,
        Tallies<TKey> recoveredOfReceived)
    {
        _received = received;
        _inProgress = inProgress;
        _finished = finished;
        _recovered = recovered;
        _recoveredOfReceived = recoveredOfReceived;
    }

    public static async Task<CaseFiguresTable<TKey>> ComputeAsync(DashboardScope scope, Breakdown<TKey> by, CancellationToken ct)
    {
        var figures = FigureSource.For(scope);
        return new(await figures.ReceivedAsync(by, ct),
            await figures.InProgressAsync(by, ct),
            await figures.FinishedAsync(by, ct),
            await figures.RecoveredAsync(by, ct),
            await figures.RecoveredOfReceivedAsync(by, ct));
    }

    public CaseFigures this[TKey key] => new(_received[key].Count, _received[key].Sum, _inProgress[key].Count, _finished[key].Count,
        _recovered[key].Sum, _recoveredOfReceived[key].Sum);

    /// <summary>Every key with at least one figure.</summary>
    public IEnumerable<TKey> Keys => _received.Keys.Concat(_inProgress.Keys).Concat(_finished.Keys).Concat(_recovered.Keys).Distinct();
}
