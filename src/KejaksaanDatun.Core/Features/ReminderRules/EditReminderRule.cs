using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.ReminderRules;

/// <summary>
/// Changes when and to whom a rule's reminders go. The kind is not changed; it is carried so that the form can check
/// the offset against the kind's bounds as the admin types.
/// </summary>
[AllowedRoles(Roles.Admin)]
public sealed class EditReminderRule : ICommand<Unit>
{
    public int RuleId { get; set; }
    public ReminderKind Kind { get; set; }
    public int OffsetDays { get; set; }
    public TimeOnly LocalTime { get; set; }
    public ReminderRecipients Recipients { get; set; }
    public bool SendEmail { get; set; }
    public bool IsEnabled { get; set; }
    /// <summary>The version the admin loaded; a newer one in the database means someone else edited first.</summary>
    public long Version { get; set; }

    public static EditReminderRule From(ReminderRuleRow row) => new()
    {
        RuleId = row.Id, Kind = row.Kind, OffsetDays = row.OffsetDays, LocalTime = row.LocalTime, Recipients = row.Recipients,
        SendEmail = row.SendEmail, IsEnabled = row.IsEnabled, Version = row.Version,
    };
}

public sealed class EditReminderRuleValidator : AbstractValidator<EditReminderRule>
{
    private static readonly ReminderRecipients Known = ReminderLabels.AllRecipients.Aggregate(ReminderRecipients.None, (all, r) => all | r);

    public EditReminderRuleValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Jenis pengingat tidak dikenal.");
        RuleFor(x => x.OffsetDays).Must((x, offset) => ReminderOffsets.Allows(x.Kind, offset))
            .WithMessage(x => ReminderOffsets.Explain(x.Kind));
        RuleFor(x => x.LocalTime).Must(t => t is { Second: 0, Millisecond: 0 })
            .WithMessage("Jam pengingat cukup sampai menit, misalnya 08.00.");
        RuleFor(x => x.Recipients).Must(r => r != ReminderRecipients.None).WithMessage("Pilih sedikitnya satu penerima.")
            .Must(r => (r & ~Known) == 0).WithMessage("Penerima tidak dikenal.");
    }
}

public sealed class EditReminderRuleHandler(DatunDbContext db) : ICommandHandler<EditReminderRule, Unit>
{
    public async ValueTask<Unit> Handle(EditReminderRule command, CancellationToken ct)
    {
        var rule = await db.ReminderRules.SingleOrDefaultAsync(r => r.Id == command.RuleId, ct);
        if (rule is null || rule.Kind != command.Kind) throw new NotFoundOrNotAllowedException();
        if (await db.ReminderRules.AnyAsync(r => r.Kind == rule.Kind && r.OffsetDays == command.OffsetDays && r.Id != rule.Id, ct))
            throw RequestValidationException.For(nameof(EditReminderRule.OffsetDays),
                $"Aturan {rule.Kind.Label()} {ReminderLabels.OffsetLabel(rule.Kind, command.OffsetDays)} sudah ada. Ubah aturan itu, atau pilih hari lain.");

        db.ExpectVersion(rule, command.Version);
        rule.OffsetDays = command.OffsetDays;
        rule.LocalTime = command.LocalTime;
        rule.Recipients = command.Recipients;
        rule.SendEmail = command.SendEmail;
        rule.IsEnabled = command.IsEnabled;
        db.MarkChanged(rule);
        return Unit.Value;
    }
}
