using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Features.Summons;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>
/// Someone working the case — its JPN team, the leadership of the Kejaksaan office handling it, or an officer of the
/// granting BPJS office — adds a note to its timeline. A note is no action on the employer, so it is allowed in every
/// state of a case, also once the SKK expired or the case closed.
/// </summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan, Roles.StafBpjs, Roles.PimpinanBpjs)]
public sealed class AddCaseNote : ICommand<Unit>, ISkkRequest
{
    public const int MaxLength = 2000;

    public int SkkId { get; set; }
    public string Text { get; set; } = "";
}

public sealed class AddCaseNoteValidator : AbstractValidator<AddCaseNote>
{
    public AddCaseNoteValidator()
    {
        RuleFor(x => x.Text).RequiredText("Catatan", AddCaseNote.MaxLength);
    }
}

public sealed class AddCaseNoteHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<AddCaseNote, Unit>
{
    public async ValueTask<Unit> Handle(AddCaseNote command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await db.Skks.Include(s => s.KejaksaanOffice).Include(s => s.BpjsOffice).SingleAsync(s => s.Id == command.SkkId, ct);
        if (user.Institution == Institution.Bpjs) RecoveryRules.EnsureGrantingBpjsOfficer(skk, user, "menambahkan catatan");
        else await CaseWorkRules.EnsureMayWork(db, user, skk, ct);
        if (!SkkLifecycle.IsCase(skk.Status))
            throw new BusinessRuleException(
                $"Catatan hanya dapat ditambahkan pada perkara yang sudah diterima Kejaksaan; SKK ini berstatus {DomainLabels.Of(skk.Status)}.");

        var now = clock.UtcNow;
        var text = command.Text.Trim();
        db.CaseNotes.Add(new CaseNote { SkkId = skk.Id, Text = text, CreatedAt = now, CreatedById = user.UserId, CreatedByName = user.Name });
        CaseWorkRules.AddEvent(db, skk, CaseEventKind.Note, text, user, now);
        return Unit.Value;
    }
}
