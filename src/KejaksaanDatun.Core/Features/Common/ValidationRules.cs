using FluentValidation;
using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Features.Common;

/// <summary>Field rules shared by several requests, each with its Indonesian message.</summary>
public static class ValidationRules
{
    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilder<T, string> rule, string label, int maxLength) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage($"{label} wajib diisi.")
            .MaximumLength(maxLength).WithMessage($"{label} paling banyak {maxLength} karakter.");

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, string label, int maxLength) =>
        rule.MaximumLength(maxLength).WithMessage($"{label} paling banyak {maxLength} karakter.");

    /// <summary>An amount typed in rupiah (e.g. <c>1.250.000</c> or <c>1250000,50</c>), not negative, within range.</summary>
    public static IRuleBuilderOptions<T, string> RupiahAmount<T>(this IRuleBuilder<T, string> rule, string label) =>
        rule.Must(v => Money.TryParse(v, out _))
                .WithMessage($"{label} harus berupa angka rupiah, misalnya 1.250.000 atau 1250000,50.")
            .Must(v => !Money.TryParse(v, out var m) || m.Sen >= 0).WithMessage($"{label} tidak boleh negatif.")
            .Must(v => !Money.TryParse(v, out var m) || m <= Money.Max).WithMessage($"{label} terlalu besar.");

    public static IRuleBuilderOptions<T, DateOnly?> RequiredDate<T>(this IRuleBuilder<T, DateOnly?> rule, string label) =>
        rule.NotNull().WithMessage($"{label} wajib diisi.");
}

