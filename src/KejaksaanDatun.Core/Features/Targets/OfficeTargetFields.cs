using FluentValidation;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Dashboard;

namespace KejaksaanDatun.Core.Features.Targets;

/// <summary>The amounts of an office's yearly target, as the admin form edits them; shared by setting and changing one.</summary>
public abstract class OfficeTargetFields
{
    /// <summary>Rupiah to recover in the year, typed the Indonesian way (<c>1.250.000.000</c>).</summary>
    public string TargetRecovered { get; set; } = "";
    /// <summary>Cases to finish in the year; empty when the office sets no number for them.</summary>
    public int? TargetFinishedCases { get; set; }

    internal void ApplyTo(OfficeTarget target)
    {
        Money.TryParse(TargetRecovered, out var recovered);
        target.RecoveredSen = recovered.Sen;
        target.FinishedCases = TargetFinishedCases;
    }
}

internal static class OfficeTargetRules
{
    public static void Apply<T>(AbstractValidator<T> v) where T : OfficeTargetFields
    {
        v.RuleFor(x => x.TargetRecovered).RupiahAmount("Target pemulihan")
            .Must(a => !Money.TryParse(a, out var m) || m.Sen > 0).WithMessage("Target pemulihan harus lebih dari nol.");
        v.RuleFor(x => x.TargetFinishedCases).GreaterThan(0).When(x => x.TargetFinishedCases is not null)
            .WithMessage("Target perkara selesai harus lebih dari nol, atau dikosongkan.");
    }

    public static IRuleBuilderOptions<T, int> TargetYear<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(DashboardFilterValidator.FirstYear, DashboardFilterValidator.LastYear)
            .WithMessage($"Tahun target harus antara {DashboardFilterValidator.FirstYear} dan {DashboardFilterValidator.LastYear}.");
}
