namespace KejaksaanDatun.Core.Domain;

/// <summary>What a PWBD/PDS case achieved in registration (PRODUCT.md §2: success is measured in registration, not only money).</summary>
public enum RegistrationOutcomeKind { NppDiterbitkan, TenagaKerjaDitambahkan, UpahDikoreksi, ProgramDitambahkan }

/// <summary>
/// One registration result of a case, as BPJS's records show it. It has the lifecycle of a <see cref="Payment"/>:
/// reported from the Kejaksaan side, it counts only once the granting BPJS office confirms it; BPJS may enter it
/// confirmed. A mistake is corrected by reversing it with a reason, never by deleting. Unlike a payment no
/// correcting row is added: there is no ledger to balance, and the audit log keeps the row as it was.
/// Only the fields of its <see cref="Kind"/> are filled, so dashboards can sum them in SQL.
/// </summary>
public class RegistrationOutcome : BpjsConfirmedRecord
{
    public int Id { get; set; }
    public int SkkId { get; set; }
    public RegistrationOutcomeKind Kind { get; set; }
    /// <summary>The date of the registration or change in BPJS's records.</summary>
    public DateOnly EffectiveOn { get; set; }
    /// <summary><see cref="RegistrationOutcomeKind.NppDiterbitkan"/>: the NPP issued.</summary>
    public string? Npp { get; set; }
    /// <summary><see cref="RegistrationOutcomeKind.TenagaKerjaDitambahkan"/>: workers newly registered.</summary>
    public int? WorkersAdded { get; set; }
    /// <summary><see cref="RegistrationOutcomeKind.UpahDikoreksi"/>: the reported monthly wage total before the correction.</summary>
    public long? WageBeforeSen { get; set; }
    /// <summary><see cref="RegistrationOutcomeKind.UpahDikoreksi"/>: the reported monthly wage total after the correction.</summary>
    public long? WageAfterSen { get; set; }
    /// <summary><see cref="RegistrationOutcomeKind.ProgramDitambahkan"/>: the programs the employer newly joined.</summary>
    public List<SocialSecurityProgram> Programs { get; set; } = [];
    public string Note { get; set; } = "";

    public Money? WageBefore => WageBeforeSen is { } sen ? new Money(sen) : null;
    public Money? WageAfter => WageAfterSen is { } sen ? new Money(sen) : null;
    /// <summary>How much the reported monthly wage total rose.</summary>
    public Money WageIncrease => new((WageAfterSen ?? 0) - (WageBeforeSen ?? 0));

    /// <summary>One line for the timeline and lists: <c>NPP 12345678 diterbitkan</c>, <c>25 tenaga kerja ditambahkan</c>.</summary>
    public string Describe() => Kind switch
    {
        RegistrationOutcomeKind.NppDiterbitkan => $"NPP {Npp} diterbitkan",
        RegistrationOutcomeKind.TenagaKerjaDitambahkan => $"{RegistrationText.Count(WorkersAdded ?? 0)} tenaga kerja ditambahkan",
        RegistrationOutcomeKind.UpahDikoreksi => $"upah dilaporkan dikoreksi dari {WageBefore} menjadi {WageAfter} per bulan",
        RegistrationOutcomeKind.ProgramDitambahkan => $"program {RegistrationText.Programs(Programs)} ditambahkan",
        _ => Kind.ToString(),
    };
}

/// <summary>What a case's confirmed registration outcomes add up to; reported and reversed ones do not count.</summary>
public sealed record RegistrationTotals(string? NppIssued, int WorkersAdded, Money WageIncrease, IReadOnlyList<SocialSecurityProgram> ProgramsAdded)
{
    public static RegistrationTotals Of(IEnumerable<RegistrationOutcome> outcomes)
    {
        var confirmed = outcomes.Where(o => o.State == PaymentState.Confirmed).ToList();
        return new RegistrationTotals(
            confirmed.Where(o => o.Kind == RegistrationOutcomeKind.NppDiterbitkan).Select(o => o.Npp).FirstOrDefault(),
            confirmed.Sum(o => o.WorkersAdded ?? 0),
            new Money(confirmed.Where(o => o.Kind == RegistrationOutcomeKind.UpahDikoreksi).Sum(o => o.WageIncrease.Sen)),
            confirmed.SelectMany(o => o.Programs).Distinct().Order().ToList());
    }

    public bool Any => NppIssued is not null || WorkersAdded > 0 || WageIncrease.Sen > 0 || ProgramsAdded.Count > 0;

    /// <summary><c>NPP 12345678 diterbitkan; 25 tenaga kerja ditambahkan</c>, or empty when nothing counts yet.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (NppIssued is not null) parts.Add($"NPP {NppIssued} diterbitkan");
        if (WorkersAdded > 0) parts.Add($"{RegistrationText.Count(WorkersAdded)} tenaga kerja ditambahkan");
        if (WageIncrease.Sen > 0) parts.Add($"upah dilaporkan bertambah {WageIncrease} per bulan");
        if (ProgramsAdded.Count > 0) parts.Add($"program {RegistrationText.Programs(ProgramsAdded)} ditambahkan");
        return string.Join("; ", parts);
    }
}

public static class RegistrationText
{
    public static string Of(RegistrationOutcomeKind kind) => kind switch
    {
        RegistrationOutcomeKind.NppDiterbitkan => "NPP diterbitkan",
        RegistrationOutcomeKind.TenagaKerjaDitambahkan => "Tenaga kerja ditambahkan",
        RegistrationOutcomeKind.UpahDikoreksi => "Upah dikoreksi",
        RegistrationOutcomeKind.ProgramDitambahkan => "Program ditambahkan",
        _ => kind.ToString(),
    };

    /// <summary>
    /// Which results a case type can bring. A PWBD employer registers (NPP) with its workers; a PDS employer adds what it
    /// left out: workers, wages or programs. A piutang iuran case is measured in money only.
    /// </summary>
    public static bool Fits(CaseType type, RegistrationOutcomeKind kind) => kind switch
    {
        RegistrationOutcomeKind.NppDiterbitkan => type == CaseType.Pwbd,
        RegistrationOutcomeKind.TenagaKerjaDitambahkan => type is CaseType.Pwbd or CaseType.PdsTenagaKerja,
        RegistrationOutcomeKind.UpahDikoreksi => type == CaseType.PdsUpah,
        RegistrationOutcomeKind.ProgramDitambahkan => type == CaseType.PdsProgram,
        _ => false,
    };

    public static IReadOnlyList<RegistrationOutcomeKind> KindsFor(CaseType type) =>
        Enum.GetValues<RegistrationOutcomeKind>().Where(k => Fits(type, k)).ToList();

    /// <summary><c>1.250</c></summary>
    public static string Count(int count) => count.ToString("N0", IndonesianFormat.Culture);

    /// <summary><c>JP, JKP</c></summary>
    public static string Programs(IEnumerable<SocialSecurityProgram> programs) => string.Join(", ", programs.Order().Select(DomainLabels.Of));
}
