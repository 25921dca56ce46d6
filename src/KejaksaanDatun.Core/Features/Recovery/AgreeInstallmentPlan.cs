using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Skk;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Recovery;

/// <summary>
/// Records the employer's Surat Pernyataan Kesanggupan with its installment plan. When a plan exists already,
/// this is a renegotiation: a new plan version becomes current and the old one is kept as history.
/// Returns the id of the new plan.
/// </summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class AgreeInstallmentPlan : ICommand<int>, ISkkRequest
{
    public int SkkId { get; set; }
    /// <summary>Version of the case the user saw.</summary>
    public long Version { get; set; }
    public DateOnly? SignedOn { get; set; }
    public string ResponsibleName { get; set; } = "";
    public string ResponsibleTitle { get; set; } = "";
    public string CommittedAmount { get; set; } = "";
    public string Notes { get; set; } = "";
    public List<InstallmentInput> Installments { get; set; } = [];
}

public sealed class InstallmentInput
{
    public DateOnly? DueOn { get; set; }
    public string Amount { get; set; } = "";
}

public sealed class AgreeInstallmentPlanValidator : AbstractValidator<AgreeInstallmentPlan>
{
    public AgreeInstallmentPlanValidator()
    {
        RuleFor(x => x.SignedOn).RequiredDate("Tanggal Surat Pernyataan Kesanggupan");
        RuleFor(x => x.ResponsibleName).RequiredText("Nama penanggung jawab badan usaha", 200);
        RuleFor(x => x.ResponsibleTitle).RequiredText("Jabatan penanggung jawab", 200);
        RuleFor(x => x.Notes).OptionalText("Catatan", 4000);
        RuleFor(x => x.CommittedAmount).RupiahAmount("Jumlah yang disanggupi")
            .Must(v => !Money.TryParse(v, out var m) || m.Sen > 0).WithMessage("Jumlah yang disanggupi harus lebih dari nol.");
        RuleFor(x => x.Installments).Must(list => list.Count is >= 1 and <= 120)
            .WithMessage("Rencana angsuran harus berisi 1 sampai 120 angsuran.");
        RuleForEach(x => x.Installments).ChildRules(i =>
        {
            i.RuleFor(x => x.DueOn).RequiredDate("Tanggal jatuh tempo angsuran");
            i.RuleFor(x => x.Amount).RupiahAmount("Jumlah angsuran")
                .Must(v => !Money.TryParse(v, out var m) || m.Sen > 0).WithMessage("Jumlah angsuran harus lebih dari nol.");
        });
        RuleFor(x => x).Custom((plan, context) =>
        {
            if (!Money.TryParse(plan.CommittedAmount, out var committed)) return;
            var amounts = plan.Installments.Select(i => Money.TryParse(i.Amount, out var m) ? m : (Money?)null).ToList();
            if (amounts.Count == 0 || amounts.Any(a => a is null)) return;
            var total = Money.Sum(amounts.Select(a => a!.Value));
            if (total != committed)
                context.AddFailure(nameof(AgreeInstallmentPlan.Installments),
                    $"Jumlah angsuran {total} tidak sama dengan jumlah yang disanggupi {committed}.");
        });
        RuleFor(x => x).Custom((plan, context) =>
        {
            var dates = plan.Installments.Select(i => i.DueOn).ToList();
            if (dates.Any(d => d is null)) return;
            if (plan.SignedOn is { } signed && dates.Any(d => d < signed))
                context.AddFailure(nameof(AgreeInstallmentPlan.Installments),
                    "Tanggal jatuh tempo angsuran tidak boleh sebelum tanggal Surat Pernyataan Kesanggupan.");
            for (var n = 1; n < dates.Count; n++)
            {
                if (dates[n] <= dates[n - 1])
                {
                    context.AddFailure(nameof(AgreeInstallmentPlan.Installments),
                        $"Tanggal jatuh tempo angsuran ke-{n + 1} harus sesudah angsuran ke-{n}.");
                    break;
                }
            }
        });
    }
}

public sealed class AgreeInstallmentPlanHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : ICommandHandler<AgreeInstallmentPlan, int>
{
    public async ValueTask<int> Handle(AgreeInstallmentPlan command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await SkkRules.LoadForChange(db, command.SkkId, command.Version, ct);
        await RecoveryRules.EnsureTeamOrLeadership(db, skk, user, ct);
        RecoveryRules.EnsureHandled(skk);
        var today = RecoveryRules.Today(clock, skk);
        if (skk.IsExpiredOn(today))
            throw new BusinessRuleException(
                $"SKK berlaku sampai {IndonesianFormat.Date(skk.ValidUntil)} dan sudah kedaluwarsa; kesanggupan baru memerlukan perpanjangan dengan SKK baru.");
        var signedOn = command.SignedOn!.Value;
        if (signedOn > today)
            throw RequestValidationException.For(nameof(AgreeInstallmentPlan.SignedOn), "Tanggal Surat Pernyataan Kesanggupan tidak boleh di masa depan.");

        Money.TryParse(command.CommittedAmount, out var committed);
        var payments = await RecoveryRules.Payments(db, skk.Id, ct);
        var outstanding = new Money(RecoveryMath.Outstanding(skk.TotalArrearsSen, payments));
        if (committed > outstanding)
            throw new BusinessRuleException($"Jumlah yang disanggupi {committed} melebihi sisa tunggakan {outstanding}.");

        var previous = await RecoveryRules.CurrentPlan(db, skk.Id, ct);
        var lastVersion = await db.InstallmentPlans.Where(p => p.SkkId == skk.Id).MaxAsync(p => (int?)p.PlanVersion, ct) ?? 0;
        if (previous is not null) previous.IsCurrent = false;

        var now = clock.UtcNow;
        var plan = new InstallmentPlan
        {
            SkkId = skk.Id, PlanVersion = lastVersion + 1, CommittedSen = committed.Sen, SignedOn = signedOn,
            ResponsibleName = command.ResponsibleName.Trim(), ResponsibleTitle = command.ResponsibleTitle.Trim(),
            Notes = command.Notes.Trim(), IsCurrent = true, CreatedAt = now, CreatedById = user.UserId,
            Installments = command.Installments.Select((i, n) => new Installment
            {
                Number = n + 1, DueOn = i.DueOn!.Value, AmountSen = Money.TryParse(i.Amount, out var m) ? m.Sen : 0,
            }).ToList(),
        };
        RecoveryMath.Allocate(plan, payments);
        db.InstallmentPlans.Add(plan);

        var schedule = string.Join("; ", plan.Installments.Select(i => $"ke-{i.Number} {IndonesianFormat.Date(i.DueOn)} {i.Amount}"));
        var statement = $"Surat Pernyataan Kesanggupan tanggal {IndonesianFormat.Date(signedOn)} oleh {plan.ResponsibleName} " +
            $"({plan.ResponsibleTitle}): sanggup membayar {committed} dalam {plan.Installments.Count} angsuran ({schedule}).";
        skk.Events.Add(previous is null
            ? RecoveryRules.Event(CaseEventKind.PlanAgreed, user, now, statement)
            : RecoveryRules.Event(CaseEventKind.PlanRenegotiated, user, now,
                $"Rencana angsuran dinegosiasi ulang (versi {plan.PlanVersion} menggantikan versi {previous.PlanVersion}). {statement}"));
        await db.SaveChangesAsync(ct);
        return plan.Id;
    }
}
