namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>
/// What <see cref="SyntheticData"/> generates: how many SKK (cases, in every state of the lifecycle), how many
/// payment rows in total, and the seed that fixes every choice, so that the same options always give the same rows.
/// </summary>
public sealed record SyntheticOptions(int Cases, int Payments, int Seed = SyntheticOptions.DefaultSeed)
{
    public const int DefaultSeed = 1;

    /// <summary>Fewer cases could leave a status or an outcome without a single case.</summary>
    public const int MinCases = 100;

    /// <summary>Far above national scale; it bounds the memory the generator's plan of every case takes.</summary>
    public const int MaxCases = 2_000_000;

    /// <summary>
    /// Payments go to the cases that are paying, roughly half of them; with at most this many per case on average
    /// (a hundred per paying case) every payment still has a realistic amount and date.
    /// </summary>
    public const int MaxPaymentsPerCase = 50;

    /// <summary>The payment rows per case are only ever a fraction of <see cref="Cases"/>, so fewer rows than cases cannot all be placed.</summary>
    public int MinPayments => Cases;

    public long MaxPayments => (long)Cases * MaxPaymentsPerCase;
}
