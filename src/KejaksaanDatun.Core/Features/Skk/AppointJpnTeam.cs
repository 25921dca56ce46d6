using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Offices;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>
/// The Kajari/Kasi Datun appoints the JPN team of an accepted SKK by Surat Perintah, or replaces the team
/// by a new Surat Perintah. The old team is kept in the history.
/// </summary>
[AllowedRoles(Roles.PimpinanKejaksaan)]
public sealed class AppointJpnTeam : ICommand<Unit>, ISkkRequest
{
    public int SkkId { get; set; }
    public long Version { get; set; }
    public string WarrantNumber { get; set; } = "";
    public DateOnly? WarrantDate { get; set; }
    public string LeadJpnId { get; set; } = "";
    public List<string> MemberIds { get; set; } = [];
}

public sealed class AppointJpnTeamValidator : AbstractValidator<AppointJpnTeam>
{
    public AppointJpnTeamValidator()
    {
        RuleFor(x => x.WarrantNumber).RequiredText("Nomor Surat Perintah", 120);
        RuleFor(x => x.WarrantDate).RequiredDate("Tanggal Surat Perintah");
        RuleFor(x => x.LeadJpnId).Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage("Ketua tim JPN wajib dipilih.");
        RuleFor(x => x.MemberIds).Must(ids => ids.Count <= 10).WithMessage("Tim JPN paling banyak 11 orang.")
            .Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("Anggota tim tidak boleh dipilih dua kali.");
    }
}

public sealed class AppointJpnTeamHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<AppointJpnTeam, Unit>
{
    public async ValueTask<Unit> Handle(AppointJpnTeam command, CancellationToken ct)
    {
        var user = currentUser.User;
        SkkRules.EnsureUserInstitution(user, Institution.Kejaksaan);
        var skk = await SkkRules.LoadForChange(db, command.SkkId, command.Version, ct);
        if (skk.Status is not (SkkStatus.Diterima or SkkStatus.Ditangani))
            throw new BusinessRuleException($"Tim JPN hanya dapat ditunjuk untuk SKK yang sudah diterima; SKK ini berstatus {DomainLabels.Of(skk.Status)}.");
        var office = skk.KejaksaanOffice!;
        if (command.WarrantDate > clock.Today(office.TimeZone))
            throw RequestValidationException.For(nameof(AppointJpnTeam.WarrantDate), "Tanggal Surat Perintah tidak boleh di masa depan.");
        if (skk.AcceptedAt is { } accepted && command.WarrantDate < DateOnly.FromDateTime(OfficeClock.ToLocal(accepted, office.TimeZone)))
            throw RequestValidationException.For(nameof(AppointJpnTeam.WarrantDate), "Tanggal Surat Perintah tidak boleh sebelum SKK diterima.");

        var memberIds = command.MemberIds.Where(id => id != command.LeadJpnId).Prepend(command.LeadJpnId).ToList();
        var members = await JpnDirectory.JpnOf(db, office.Id).Where(u => memberIds.Contains(u.Id)).ToListAsync(ct);
        if (members.Count != memberIds.Count)
            throw RequestValidationException.For(nameof(AppointJpnTeam.MemberIds),
                $"Ketua dan anggota tim harus JPN pada {office.Name}.");

        foreach (var old in await db.JpnTeams.Where(t => t.SkkId == skk.Id && t.IsActive).ToListAsync(ct)) old.IsActive = false;
        var now = clock.UtcNow;
        db.JpnTeams.Add(new JpnTeam
        {
            SkkId = skk.Id, WarrantNumber = command.WarrantNumber.Trim(), WarrantDate = command.WarrantDate!.Value,
            LeadJpnId = command.LeadJpnId, IsActive = true, AppointedAt = now, AppointedById = user.UserId,
            Members = memberIds.Select(id => new JpnTeamMember { UserId = id, IsLead = id == command.LeadJpnId }).ToList(),
        });

        var lead = members.Single(m => m.Id == command.LeadJpnId);
        var others = members.Where(m => m.Id != lead.Id).Select(m => m.FullName).ToList();
        var description = $"Surat Perintah {command.WarrantNumber.Trim()} tanggal {IndonesianFormat.Date(command.WarrantDate.Value)}: " +
            $"ketua tim {lead.FullName}" + (others.Count > 0 ? $"; anggota {string.Join("; ", others)}" : "");
        // Names often end in a degree's period ("S.H., M.H."): no second one.
        if (!description.EndsWith('.')) description += ".";
        if (skk.Status == SkkStatus.Diterima)
        {
            SkkLifecycle.Transition(skk, SkkStatus.Ditangani, user.Actor, now, "Tim JPN ditunjuk. " + description);
        }
        else
        {
            skk.Events.Add(new CaseEvent
            {
                At = now, Kind = CaseEventKind.TeamAppointed, Description = "Tim JPN diganti. " + description,
                ActorId = user.UserId, ActorName = user.Name,
            });
        }
        return Unit.Value;
    }
}
