using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core.Tests.Data;

public class DemoDataTests
{
    [Fact]
    public async Task Every_status_and_every_case_type_is_present()
    {
        await using var app = await TestApp.StartAsync();
        await using var db = app.NewDb();
        var statuses = await db.Skks.Select(s => s.Status).Distinct().ToListAsync();
        var types = await db.Skks.Select(s => s.CaseType).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<SkkStatus>().Order(), statuses.Order());
        Assert.Equal(Enum.GetValues<CaseType>().Order(), types.Order());
    }

    [Fact]
    public async Task Every_office_path_is_its_parent_path_and_its_own_id()
    {
        await using var app = await TestApp.StartAsync();
        await using var db = app.NewDb();
        var offices = await db.Offices.ToDictionaryAsync(o => o.Id);
        Assert.Equal(11, offices.Count);
        Assert.All(offices.Values, o =>
            Assert.Equal((o.ParentId is { } parent ? offices[parent].Path : "/") + o.Id + "/", o.Path));
    }

    [Fact]
    public async Task Totals_equal_the_sum_of_the_lines_and_lines_are_well_formed()
    {
        await using var app = await TestApp.StartAsync();
        await using var db = app.NewDb();
        var skks = await db.Skks.Include(s => s.ArrearsLines).Include(s => s.Employer).ToListAsync();
        Assert.InRange(skks.Count, 30, 40);
        Assert.All(skks, s =>
        {
            Assert.NotEmpty(s.ArrearsLines);
            Assert.Equal(s.ArrearsLines.Sum(l => l.IuranSen), s.TotalIuranSen);
            Assert.Equal(s.ArrearsLines.Sum(l => l.DendaSen), s.TotalDendaSen);
            Assert.Equal(s.TotalIuranSen + s.TotalDendaSen, s.TotalArrearsSen);
            Assert.All(s.ArrearsLines, l => Assert.InRange(l.Period, s.PeriodFrom, s.PeriodTo));
            Assert.All(s.ArrearsLines, l => Assert.Equal(0, l.DendaSen % Money.SenPerRupiah));
            Assert.True(s.PeriodTo < s.Date);
            Assert.True(s.Date <= app.Today);
            Assert.Equal(s.Date.AddYears(1).AddDays(-1), s.ValidUntil);
            Assert.Equal(s.CaseType == CaseType.Pwbd, s.Employer!.Npp is null);
        });
    }

    [Fact]
    public async Task Register_numbers_run_from_one_per_office_and_year_and_the_counter_continues_them()
    {
        await using var app = await TestApp.StartAsync();
        await using var db = app.NewDb();
        var registered = await db.Skks.Where(s => s.RegisterNumber != null).Include(s => s.KejaksaanOffice).ToListAsync();
        Assert.NotEmpty(registered);
        var counters = await db.NumberSequences.Where(n => n.Kind == AcceptSkkHandler.RegisterSequenceKind).ToListAsync();
        foreach (var group in registered.GroupBy(s => (s.KejaksaanOfficeId, s.RegisterYear!.Value)))
        {
            var sequences = group.Select(s => s.RegisterSequence!.Value).Order().ToList();
            Assert.Equal(Enumerable.Range(1, sequences.Count), sequences);
            Assert.Equal(sequences.Count, counters.Single(c => c.OfficeId == group.Key.KejaksaanOfficeId && c.Year == group.Key.Value).LastValue);
            Assert.All(group, s => Assert.Equal(
                $"REG-{s.RegisterSequence}/{s.KejaksaanOffice!.LetterCode}/Gp.2/{s.RegisterYear}", s.RegisterNumber));
        }
        Assert.Equal(registered.Select(s => (s.KejaksaanOfficeId, s.RegisterYear!.Value)).Distinct().Count(), counters.Count);
        Assert.All(registered, s => Assert.NotNull(s.AcceptedAt));
    }

    [Fact]
    public async Task Every_demo_user_signs_in_with_the_demo_password_and_has_its_role_and_office()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await using var db = app.NewDb();
        var offices = await db.Offices.ToDictionaryAsync(o => o.Code, o => o.Id);
        foreach (var demo in DemoData.Users)
        {
            var user = await userManager.FindByNameAsync(demo.UserName);
            Assert.NotNull(user);
            Assert.True(await userManager.CheckPasswordAsync(user, DemoData.DemoPassword), demo.UserName);
            Assert.Equal([demo.Role], await userManager.GetRolesAsync(user));
            Assert.Equal(offices[demo.OfficeCode], user.OfficeId);
            Assert.Equal(demo.FullName, user.FullName);
            Assert.Equal(18, user.Nip.Length);
        }
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        await using var app = await TestApp.StartAsync();
        async Task<int[]> Count()
        {
            await using var db = app.NewDb();
            return
            [
                await db.Offices.CountAsync(), await db.Users.CountAsync(), await db.Roles.CountAsync(), await db.Agreements.CountAsync(),
                await db.Employers.CountAsync(), await db.Skks.CountAsync(), await db.CaseEvents.CountAsync(), await db.AuditEntries.CountAsync(),
            ];
        }
        var before = await Count();
        await DemoData.SeedAsync(app.Services);
        Assert.Equal(before, await Count());
    }

    [Fact]
    public async Task Every_handed_over_skk_refers_to_an_agreement_in_force_on_its_date()
    {
        await using var app = await TestApp.StartAsync();
        await using var db = app.NewDb();
        var offices = await db.Offices.ToDictionaryAsync(o => o.Id);
        var handedOver = await db.Skks.Where(s => s.HandedOverAt != null).Include(s => s.Agreement).ToListAsync();
        Assert.NotEmpty(handedOver);
        Assert.All(handedOver, s =>
        {
            Assert.NotNull(s.Agreement);
            Assert.True(s.Agreement.IsInForceOn(s.Date), s.Number);
            Assert.Equal(s.KejaksaanOfficeId, s.Agreement.KejaksaanOfficeId);
            Assert.StartsWith(offices[s.Agreement.BpjsOfficeId].Path, offices[s.BpjsOfficeId].Path);
        });
        Assert.All(await db.Skks.Where(s => s.HandedOverAt == null).ToListAsync(), s => Assert.Equal(SkkStatus.Draft, s.Status));
    }

    [Fact]
    public async Task Timelines_follow_the_lifecycle_in_time_order_and_cases_in_hand_have_a_team()
    {
        await using var app = await TestApp.StartAsync();
        await using var db = app.NewDb();
        var skks = await db.Skks.Include(s => s.Events).Include(s => s.Teams).ThenInclude(t => t.Members).ToListAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        Assert.All(skks, s =>
        {
            var events = s.Events.OrderBy(e => e.At).ToList();
            Assert.Equal(CaseEventKind.Created, events[0].Kind);
            Assert.True(events.Last().At <= now);
            var status = SkkStatus.Draft;
            foreach (var change in events.Skip(1).Where(e => e.Kind == CaseEventKind.StatusChanged))
            {
                Assert.Equal(status, change.FromStatus);
                Assert.True(SkkLifecycle.CanMove(status, change.ToStatus!.Value), s.Number);
                Assert.False(string.IsNullOrEmpty(change.ActorName));
                status = change.ToStatus.Value;
            }
            Assert.Equal(s.Status, status);
            var hasActiveTeam = s.Teams.Any(t => t.IsActive);
            Assert.Equal(s.Status is SkkStatus.Ditangani or SkkStatus.Selesai or SkkStatus.Dilaporkan, hasActiveTeam);
            Assert.All(s.Teams, t => Assert.Contains(t.Members, m => m.IsLead && m.UserId == t.LeadJpnId));
            Assert.Equal(s.Status is SkkStatus.Selesai or SkkStatus.Dilaporkan or SkkStatus.Dicabut, s.ClosedAt is not null);
        });
    }

    [Fact]
    public async Task Employers_have_unique_well_formed_numbers_and_some_have_no_skk_to_draft_for()
    {
        await using var app = await TestApp.StartAsync();
        await using var db = app.NewDb();
        var employers = await db.Employers.ToListAsync();
        var npps = employers.Where(e => e.Npp is not null).Select(e => e.Npp!).ToList();
        Assert.All(npps, n => Assert.True(Npp.IsValid(n) && int.Parse(n) < 80_000_000, n));
        Assert.Equal(npps.Count, npps.Distinct().Count());
        Assert.All(employers, e => Assert.True(Npwp.IsValid(e.Npwp) && Npwp.Digits(e.Npwp!).Length == 15, e.Npwp));
        var bjm = await app.OfficeId("BPJS-BJM");
        var withoutSkk = await db.Employers.CountAsync(e => e.BpjsOfficeId == bjm && !db.Skks.Any(s => s.EmployerId == e.Id));
        Assert.True(withoutSkk >= 5);
    }

    [Fact]
    public async Task A_pwbd_case_in_hand_carries_a_reported_npp_waiting_for_bpjs_that_no_employer_has_yet()
    {
        await using var app = await TestApp.StartAsync();
        await using var db = app.NewDb();
        var outcome = await db.RegistrationOutcomes.SingleAsync();
        var skk = await db.Skks.Include(s => s.Employer).SingleAsync(s => s.Id == outcome.SkkId);
        Assert.Equal((CaseType.Pwbd, SkkStatus.Ditangani, PaymentState.Reported), (skk.CaseType, skk.Status, outcome.State));
        Assert.Null(skk.Employer!.Npp);
        Assert.True(Npp.IsValid(outcome.Npp));
        Assert.False(await db.Employers.AnyAsync(e => e.Npp == outcome.Npp));
        Assert.True(await db.CaseEvents.AnyAsync(e => e.SkkId == skk.Id && e.Kind == CaseEventKind.RegistrationReported));
    }
}
