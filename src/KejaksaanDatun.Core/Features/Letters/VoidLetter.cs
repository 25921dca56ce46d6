using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Letters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Letters;

/// <summary>Marks a letter void (e.g. issued by mistake). It keeps its number, which is never issued again.</summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
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
        var visibleSkks = db.Skks.VisibleTo(user).Select(s => s.Id);
        var letter = await db.Letters.SingleOrDefaultAsync(l => l.Id == command.LetterId && l.SkkId != null && visibleSkks.Contains(l.SkkId.Value), ct)
            ?? throw new NotFoundOrNotAllowedException();
        if (letter.IsVoid) throw new BusinessRuleException($"Surat nomor {letter.Number} sudah dibatalkan.");
        letter.IsVoid = true;
        letter.VoidReason = command.Reason.Trim();
        letter.VoidedAt = clock.UtcNow;
        db.CaseEvents.Add(new CaseEvent
        {
            SkkId = letter.SkkId!.Value, At = clock.UtcNow, Kind = CaseEventKind.LetterVoided,
            Description = $"{letter.Kind.Label()} nomor {letter.Number} dibatalkan. Alasan: {letter.VoidReason}",
            ActorId = user.UserId, ActorName = user.Name,
        });
        return Unit.Value;
    }
}
