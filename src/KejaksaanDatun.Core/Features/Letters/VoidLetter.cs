using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Letters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Letters;

/// <summary>
/// Marks a letter void (e.g. issued by mistake). It keeps its number, which is never issued again. A case's letter is
/// voided by the JPN and leadership who make them; an office's monthly report by those who issue it, the leadership of
/// the office's subtree and the administrator.
/// </summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed class VoidLetter : IReasonedCommand
{
    public long LetterId { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class VoidLetterValidator : AbstractValidator<VoidLetter>
{
    public VoidLetterValidator() => RuleFor(x => x.Reason).RequiredText("Alasan pembatalan", 1000);
}

public sealed class VoidLetterHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<VoidLetter, Unit>
{
    public async ValueTask<Unit> Handle(VoidLetter command, CancellationToken ct)
    {
        var user = currentUser.User;
        var letter = await db.Letters.VisibleTo(db, user).SingleOrDefaultAsync(l => l.Id == command.LetterId, ct)
            ?? throw new NotFoundOrNotAllowedException();
        // The administrator, who sees every case, does not make case letters and so does not void them either.
        if (letter.SkkId is not null && !user.IsInRole(Roles.Jpn) && !user.IsInRole(Roles.PimpinanKejaksaan)) throw new NotAllowedException();
        if (letter.IsVoid) throw new BusinessRuleException($"Surat nomor {letter.Number} sudah dibatalkan.");
        letter.IsVoid = true;
        letter.VoidReason = command.Reason.Trim();
        letter.VoidedAt = clock.UtcNow;
        // The audit log keeps the void of an office's letter; a case's letter also goes on the case's timeline.
        if (letter.SkkId is null) return Unit.Value;
        db.CaseEvents.Add(new CaseEvent
        {
            SkkId = letter.SkkId!.Value, At = clock.UtcNow, Kind = CaseEventKind.LetterVoided,
            Description = $"{letter.Kind.Label()} nomor {letter.Number} dibatalkan. Alasan: {letter.VoidReason}",
            ActorId = user.UserId, ActorName = user.Name,
        });
        return Unit.Value;
    }
}
