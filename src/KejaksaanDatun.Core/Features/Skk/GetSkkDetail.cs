using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>Everything the SKK/case page shows, with the actions the user may take now.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record GetSkkDetail(int SkkId) : IQuery<SkkDetail>, ISkkRequest;

public sealed record SkkDetail(
    Domain.Skk Skk,
    Employer Employer,
    Office BpjsOffice,
    Office KejaksaanOffice,
    Agreement? Agreement,
    IReadOnlyList<TeamView> Teams,
    IReadOnlyList<CaseEvent> Timeline,
    SkkActions Actions,
    bool IsExpired,
    int DaysOpen,
    IReadOnlyList<SkkExtension> Extensions)
{
    public TeamView? ActiveTeam => Teams.FirstOrDefault(t => t.IsActive);
    /// <summary>The SKK the case now runs under: the last extension's, or the original.</summary>
    public SkkExtension? LatestExtension => Extensions.LastOrDefault();
}

public sealed record TeamView(int Id, string WarrantNumber, DateOnly WarrantDate, bool IsActive, DateTime AppointedAt, IReadOnlyList<TeamMemberView> Members)
{
    public TeamMemberView Lead => Members.First(m => m.IsLead);
}

public sealed record TeamMemberView(string UserId, string FullName, string Pangkat, string Nip, bool IsLead);

/// <summary>What the current user may do with the SKK in its current state (the handlers check again).</summary>
public sealed record SkkActions(bool CanEdit, bool CanHandOver, bool CanAccept, bool CanReturn, bool CanAppointTeam, bool CanWithdraw,
    bool CanGenerateLetters, bool CanConfirmPayments, bool CanExtend, bool CanMarkReported, bool CanAddNote)
{
    public bool Any => CanEdit || CanHandOver || CanAccept || CanReturn || CanAppointTeam || CanWithdraw || CanExtend || CanMarkReported;

    public static SkkActions For(UserContext user, Domain.Skk skk)
    {
        var status = skk.Status;
        var bpjs = user.Institution == Institution.Bpjs && (user.IsInRole(Roles.StafBpjs) || user.IsInRole(Roles.PimpinanBpjs));
        var leader = user.Institution == Institution.Kejaksaan && user.IsInRole(Roles.PimpinanKejaksaan);
        var kejaksaan = user.Institution == Institution.Kejaksaan && (leader || user.IsInRole(Roles.Jpn));
        // The commands below act only for the case's own offices and team (ExtendSkk, MarkCaseReported, AddCaseNote).
        var grantingOffice = bpjs && user.OfficeId == skk.BpjsOfficeId;
        var handlingLeader = leader && user.OfficeId == skk.KejaksaanOfficeId;
        var activeTeam = user.IsInRole(Roles.Jpn) ? skk.Teams.FirstOrDefault(t => t.IsActive) : null;
        var teamMember = activeTeam?.Members.Any(m => m.UserId == user.UserId) == true;
        return new SkkActions(
            CanEdit: bpjs && status is SkkStatus.Draft or SkkStatus.Dikembalikan,
            CanHandOver: bpjs && status == SkkStatus.Draft,
            CanAccept: leader && status == SkkStatus.Diserahkan,
            CanReturn: leader && status == SkkStatus.Diserahkan,
            CanAppointTeam: leader && status is SkkStatus.Diterima or SkkStatus.Ditangani,
            CanWithdraw: bpjs && SkkLifecycle.IsOpen(status),
            CanGenerateLetters: kejaksaan && status is not (SkkStatus.Draft or SkkStatus.Dikembalikan or SkkStatus.Dicabut),
            CanConfirmPayments: grantingOffice && status == SkkStatus.Ditangani,
            CanExtend: grantingOffice && status is SkkStatus.Diterima or SkkStatus.Ditangani,
            CanMarkReported: (handlingLeader || activeTeam?.LeadJpnId == user.UserId) && SkkLifecycle.CanMove(status, SkkStatus.Dilaporkan),
            CanAddNote: (grantingOffice || handlingLeader || teamMember) && SkkLifecycle.IsCase(status));
    }
}

public sealed class GetSkkDetailHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : IQueryHandler<GetSkkDetail, SkkDetail>
{
    public async ValueTask<SkkDetail> Handle(GetSkkDetail query, CancellationToken ct)
    {
        var skk = await db.Skks.AsNoTracking().AsSplitQuery()
            .Include(s => s.Employer).Include(s => s.BpjsOffice).Include(s => s.KejaksaanOffice).Include(s => s.Agreement)
            .Include(s => s.ArrearsLines)
            .Include(s => s.Teams).ThenInclude(t => t.Members).ThenInclude(m => m.User)
            .SingleAsync(s => s.Id == query.SkkId, ct);
        var timeline = await db.CaseEvents.AsNoTracking().Where(e => e.SkkId == skk.Id)
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);

        var teams = skk.Teams.OrderByDescending(t => t.AppointedAt)
            .Select(t => new TeamView(t.Id, t.WarrantNumber, t.WarrantDate, t.IsActive, t.AppointedAt,
                t.Members.OrderByDescending(m => m.IsLead).ThenBy(m => m.User!.FullName)
                    .Select(m => new TeamMemberView(m.UserId, m.User!.FullName, m.User.Pangkat, m.User.Nip, m.IsLead)).ToList()))
            .ToList();
        skk.ArrearsLines = skk.ArrearsLines.OrderBy(l => l.Period).ThenBy(l => l.Program).ToList();

        var office = skk.KejaksaanOffice!;
        var today = clock.Today(office.TimeZone);
        var openedOn = skk.AcceptedAt ?? skk.HandedOverAt;
        var closedOn = skk.ClosedAt ?? clock.UtcNow;
        var daysOpen = openedOn is null ? 0 : (int)(closedOn.Date - openedOn.Value.Date).TotalDays;

        var extensions = await db.SkkExtensions.AsNoTracking().Where(e => e.SkkId == skk.Id).OrderBy(e => e.Id).ToListAsync(ct);

        return new SkkDetail(skk, skk.Employer!, skk.BpjsOffice!, office, skk.Agreement, teams, timeline,
            SkkActions.For(currentUser.User, skk), skk.IsExpiredOn(today), daysOpen, extensions);
    }
}
