using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Skk;

public enum SkkSort { Date, Number, Employer, Total, Status, RegisterNumber }

/// <summary>
/// The SKK and case lists: the BPJS SKK list, the Kejaksaan inbox, "Perkara" and "Perkara saya" are all this
/// query with different filters. Always within the user's office scope.
/// </summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record SearchSkk : IQuery<PagedResult<SkkRow>>
{
    /// <summary>Employer name, NPP, SKK number or register number.</summary>
    public string? Text { get; init; }
    public IReadOnlyList<SkkStatus> Statuses { get; init; } = [];
    public CaseType? CaseType { get; init; }
    /// <summary>Only cases whose active team includes this JPN.</summary>
    public string? JpnUserId { get; init; }
    /// <summary>SKK dated from/to (inclusive).</summary>
    public DateOnly? DateFrom { get; init; }
    public DateOnly? DateTo { get; init; }
    /// <summary>A Kejaksaan or BPJS office: cases of that office and the offices below it.</summary>
    public int? OfficeId { get; init; }
    /// <summary>Only SKK the Kejaksaan has accepted (cases).</summary>
    public bool CasesOnly { get; init; }
    public SkkSort Sort { get; init; } = SkkSort.Date;
    public bool Descending { get; init; } = true;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

public sealed record SkkRow(
    int Id, string Number, DateOnly Date, DateOnly ValidUntil, CaseType CaseType, SkkStatus Status,
    string EmployerName, string? Npp, string BpjsOfficeName, string KejaksaanOfficeName,
    string? RegisterNumber, long TotalArrearsSen, string? LeadJpnName)
{
    public Money TotalArrears => new(TotalArrearsSen);
}

public sealed class SearchSkkValidator : AbstractValidator<SearchSkk>
{
    public SearchSkkValidator()
    {
        RuleFor(x => x.DateTo).GreaterThanOrEqualTo(x => x.DateFrom)
            .When(x => x.DateFrom is not null && x.DateTo is not null)
            .WithMessage("Tanggal akhir tidak boleh sebelum tanggal awal.");
        RuleFor(x => x.Text).MaximumLength(120).WithMessage("Kata kunci paling banyak 120 karakter.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage($"Ukuran halaman 1 sampai {Paging.MaxPageSize}.");
    }
}

public sealed class SearchSkkHandler(DatunDbContext db, CurrentUser currentUser) : IQueryHandler<SearchSkk, PagedResult<SkkRow>>
{
    public async ValueTask<PagedResult<SkkRow>> Handle(SearchSkk query, CancellationToken ct)
    {
        var skks = db.Skks.VisibleTo(currentUser.User);

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = TextSearch.Contains(query.Text);
            var exact = query.Text.Trim();
            skks = skks.Where(s => EF.Functions.Like(s.Employer!.Name, pattern, TextSearch.Escape)
                || s.Employer!.Npp == exact
                || EF.Functions.Like(s.Number, pattern, TextSearch.Escape)
                || (s.RegisterNumber != null && EF.Functions.Like(s.RegisterNumber, pattern, TextSearch.Escape)));
        }
        if (query.Statuses.Count > 0) skks = skks.Where(s => query.Statuses.Contains(s.Status));
        if (query.CasesOnly)
            skks = skks.Where(s => s.RegisterNumber != null);
        if (query.CaseType is { } type) skks = skks.Where(s => s.CaseType == type);
        if (query.DateFrom is { } from) skks = skks.Where(s => s.Date >= from);
        if (query.DateTo is { } to) skks = skks.Where(s => s.Date <= to);
        if (!string.IsNullOrEmpty(query.JpnUserId))
        {
            // Starting from the JPN's own memberships lets the database read the few cases of one JPN by key, where a
            // test on each case's teams would make it visit every case of the office.
            var jpn = query.JpnUserId;
            var casesOfJpn = from m in db.JpnTeamMembers
                             where m.UserId == jpn
                             join t in db.JpnTeams on m.JpnTeamId equals t.Id
                             where t.IsActive
                             select t.SkkId;
            skks = skks.Where(s => casesOfJpn.Contains(s.Id));
        }
        if (query.OfficeId is { } officeId)
        {
            var officePath = await db.Offices.Where(o => o.Id == officeId).Select(o => o.Path).SingleOrDefaultAsync(ct) ?? "-";
            skks = skks.Where(s => s.KejaksaanOffice!.Path.StartsWith(officePath) || s.BpjsOffice!.Path.StartsWith(officePath));
        }

        skks = (query.Sort, query.Descending) switch
        {
            (SkkSort.Number, false) => skks.OrderBy(s => s.Number),
            (SkkSort.Number, true) => skks.OrderByDescending(s => s.Number),
            (SkkSort.Employer, false) => skks.OrderBy(s => s.Employer!.Name),
            (SkkSort.Employer, true) => skks.OrderByDescending(s => s.Employer!.Name),
            (SkkSort.Total, false) => skks.OrderBy(s => s.TotalArrearsSen),
            (SkkSort.Total, true) => skks.OrderByDescending(s => s.TotalArrearsSen),
            (SkkSort.Status, false) => skks.OrderBy(s => s.Status),
            (SkkSort.Status, true) => skks.OrderByDescending(s => s.Status),
            (SkkSort.RegisterNumber, false) => skks.OrderBy(s => s.RegisterYear).ThenBy(s => s.RegisterSequence),
            (SkkSort.RegisterNumber, true) => skks.OrderByDescending(s => s.RegisterYear).ThenByDescending(s => s.RegisterSequence),
            (_, false) => skks.OrderBy(s => s.Date),
            _ => skks.OrderByDescending(s => s.Date),
        };
        skks = ((IOrderedQueryable<Domain.Skk>)skks).ThenByDescending(s => s.Id);

        return await skks.Select(s => new SkkRow(
                s.Id, s.Number, s.Date, s.ValidUntil, s.CaseType, s.Status, s.Employer!.Name, s.Employer.Npp,
                s.BpjsOffice!.Name, s.KejaksaanOffice!.Name, s.RegisterNumber, s.TotalArrearsSen,
                s.Teams.Where(t => t.IsActive).Select(t => t.LeadJpn!.FullName).FirstOrDefault()))
            .ToPageAsync(query.Page, query.PageSize, ct);
    }
}
