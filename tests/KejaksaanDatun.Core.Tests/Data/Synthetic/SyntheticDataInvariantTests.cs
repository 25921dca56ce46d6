using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Data.Synthetic;

/// <summary>The rules the app's commands keep hold for every synthetic case, as if the cases had gone through them.</summary>
[Collection(SyntheticDataCollection.Name)]
public sealed class SyntheticDataInvariantTests(SyntheticDatabase data)
{
    [Fact]
    public async Task Confirmed_payments_never_exceed_the_arrears_and_a_lunas_case_is_paid_to_the_sen()
    {
        await using var db = data.NewDb();
        var skks = await db.Skks.AsNoTracking().Include(s => s.ArrearsLines).ToListAsync();
        var payments = (await db.Payments.AsNoTracking().ToListAsync()).ToLookup(p => p.SkkId);
        Assert.All(skks, s =>
        {
            Assert.Equal(s.ArrearsLines.Sum(l => l.IuranSen), s.TotalIuranSen);
            Assert.Equal(s.ArrearsLines.Sum(l => l.DendaSen), s.TotalDendaSen);
            Assert.Equal(s.TotalIuranSen + s.TotalDendaSen, s.TotalArrearsSen);
            var own = payments[s.Id].ToList();
            var confirmed = RecoveryMath.Confirmed(own);
            var reported = RecoveryMath.ReportedUnconfirmed(own);
            Assert.True(confirmed + reported <= s.TotalArrearsSen, s.Number);
            Assert.All(own, p => Assert.True(p.AmountSen > 0));
            if (s.Outcome == CaseOutcome.Lunas) Assert.Equal(s.TotalArrearsSen, confirmed);
            if (s.Outcome == CaseOutcome.SebagianDikembalikan) Assert.InRange(confirmed, 1, s.TotalArrearsSen - 1);
            // Only a case in hand has payments waiting for BPJS, and it would have closed as Lunas once paid in full.
            if (reported > 0) Assert.Equal(SkkStatus.Ditangani, s.Status);
            if (s.Status == SkkStatus.Ditangani) Assert.True(confirmed < s.TotalArrearsSen, s.Number);
            if (own.Count > 0) Assert.NotNull(s.AcceptedAt);
        });
    }

    [Fact]
    public async Task Installments_hold_the_confirmed_payments_allocated_oldest_first_and_add_up_to_the_commitment()
    {
        await using var db = data.NewDb();
        var plans = await db.InstallmentPlans.AsNoTracking().Include(p => p.Installments).ToListAsync();
        var payments = (await db.Payments.AsNoTracking().ToListAsync()).ToLookup(p => p.SkkId);
        Assert.NotEmpty(plans);
        Assert.Contains(plans, p => p.Installments.Any(i => i.BrokenPromiseRecordedAt is not null));
        Assert.All(plans, plan =>
        {
            Assert.True(plan.IsCurrent);
            Assert.Equal(plan.CommittedSen, plan.Installments.Sum(i => i.AmountSen));
            Assert.Equal(plan.Installments.Select(i => i.DueOn).Order(), plan.Installments.OrderBy(i => i.Number).Select(i => i.DueOn));
            var stored = plan.Installments.OrderBy(i => i.Number).Select(i => (i.PaidSen, i.PaidInFullOn)).ToList();
            RecoveryMath.Allocate(plan, payments[plan.SkkId]);
            Assert.Equal(stored, plan.Installments.OrderBy(i => i.Number).Select(i => (i.PaidSen, i.PaidInFullOn)));
        });
    }

    [Fact]
    public async Task A_reversal_points_to_a_reversed_payment_of_the_same_case_and_amount()
    {
        await using var db = data.NewDb();
        var payments = await db.Payments.AsNoTracking().ToDictionaryAsync(p => p.Id);
        var reversals = payments.Values.Where(p => p.IsReversal).ToList();
        Assert.NotEmpty(reversals);
        Assert.All(reversals, r =>
        {
            var reversed = payments[r.ReversesPaymentId!.Value];
            Assert.Equal((PaymentState.Reversed, PaymentState.Reversed), (r.State, reversed.State));
            Assert.Equal((reversed.SkkId, reversed.AmountSen, reversed.PaidOn), (r.SkkId, r.AmountSen, r.PaidOn));
            Assert.True(r.Id > reversed.Id);
            Assert.NotNull(reversed.ReversalReason);
        });
        Assert.Equal(reversals.Count, payments.Values.Count(p => p.State == PaymentState.Reversed && !p.IsReversal));
    }

    [Fact]
    public async Task Timelines_follow_the_lifecycle_in_time_order_and_cases_in_hand_have_a_team()
    {
        await using var db = data.NewDb();
        var skks = await db.Skks.AsNoTracking().Include(s => s.Events).Include(s => s.Teams).ThenInclude(t => t.Members).ToListAsync();
        Assert.All(skks, s =>
        {
            var events = s.Events.OrderBy(e => e.Id).ToList();
            Assert.Equal(events.OrderBy(e => e.At).Select(e => e.Id), events.Select(e => e.Id));
            Assert.Equal(CaseEventKind.Created, events[0].Kind);
            var status = SkkStatus.Draft;
            foreach (var change in events.Where(e => e.Kind == CaseEventKind.StatusChanged))
            {
                Assert.Equal(status, change.FromStatus);
                Assert.True(SkkLifecycle.CanMove(status, change.ToStatus!.Value), s.Number);
                status = change.ToStatus.Value;
            }
            Assert.Equal(s.Status, status);
            Assert.True(s.Status == SkkStatus.Draft || s.HandedOverAt is not null, s.Number);
            Assert.Equal(s.Status is SkkStatus.Ditangani or SkkStatus.Selesai or SkkStatus.Dilaporkan, s.Teams.Any(t => t.IsActive));
            Assert.All(s.Teams, t => Assert.Contains(t.Members, m => m.IsLead && m.UserId == t.LeadJpnId));
            Assert.Equal(s.Status is SkkStatus.Selesai or SkkStatus.Dilaporkan or SkkStatus.Dicabut, s.ClosedAt is not null);
            Assert.Equal(s.Status is SkkStatus.Selesai or SkkStatus.Dilaporkan, s.Outcome is not null);
            if (s.ClosedAt is { } closed) Assert.All(events.Where(e => e.ToStatus != SkkStatus.Dilaporkan), e => Assert.True(e.At <= closed, s.Number));
        });
    }

    [Fact]
    public async Task Register_numbers_run_from_one_per_office_and_year_and_the_counter_continues_them()
    {
        await using var db = data.NewDb();
        var registered = await db.Skks.AsNoTracking().Where(s => s.RegisterNumber != null).Include(s => s.KejaksaanOffice).ToListAsync();
        var counters = await db.NumberSequences.Where(n => n.Kind == AcceptSkkHandler.RegisterSequenceKind).ToListAsync();
        Assert.Equal(registered.Count, registered.Select(s => s.RegisterNumber).Distinct().Count());
        foreach (var group in registered.GroupBy(s => (s.KejaksaanOfficeId, Year: s.RegisterYear!.Value)))
        {
            var ordered = group.OrderBy(s => s.AcceptedAt).ThenBy(s => s.Id).ToList();
            Assert.Equal(Enumerable.Range(1, ordered.Count), ordered.Select(s => s.RegisterSequence!.Value));
            Assert.Equal(ordered.Count, counters.Single(c => c.OfficeId == group.Key.KejaksaanOfficeId && c.Year == group.Key.Year).LastValue);
            Assert.All(group, s => Assert.Equal($"REG-{s.RegisterSequence}/{s.KejaksaanOffice!.LetterCode}/Gp.2/{s.RegisterYear}", s.RegisterNumber));
        }
        Assert.All(registered, s => Assert.Equal(LocalYearOfAcceptance(s), s.RegisterYear));
    }

    private static int LocalYearOfAcceptance(Skk skk) => OfficeClock.ToLocal(skk.AcceptedAt!.Value, skk.KejaksaanOffice!.TimeZone).Year;

    [Fact]
    public async Task Every_handed_over_skk_refers_to_an_agreement_of_its_offices_in_force_on_its_date()
    {
        await using var db = data.NewDb();
        var offices = await db.Offices.ToDictionaryAsync(o => o.Id);
        var handedOver = await db.Skks.AsNoTracking().Where(s => s.HandedOverAt != null).Include(s => s.Agreement).ToListAsync();
        Assert.All(handedOver, s =>
        {
            Assert.True(s.Agreement!.IsInForceOn(s.Date), s.Number);
            Assert.Equal(s.KejaksaanOfficeId, s.Agreement.KejaksaanOfficeId);
            Assert.StartsWith(offices[s.Agreement.BpjsOfficeId].Path, offices[s.BpjsOfficeId].Path);
        });
    }

    [Fact]
    public async Task Employers_have_unique_numbers_and_registration_results_are_reflected_on_them()
    {
        await using var db = data.NewDb();
        var employers = await db.Employers.AsNoTracking().ToDictionaryAsync(e => e.Id);
        var npps = employers.Values.Where(e => e.Npp is not null).Select(e => e.Npp!).ToList();
        Assert.All(npps, n => Assert.True(Npp.IsValid(n), n));
        Assert.Equal(npps.Count, npps.Distinct().Count());
        Assert.All(employers.Values, e => Assert.True(Npwp.IsValid(e.Npwp), e.Npwp));

        var skks = await db.Skks.AsNoTracking().ToDictionaryAsync(s => s.Id);
        var outcomes = await db.RegistrationOutcomes.AsNoTracking().ToListAsync();
        Assert.Contains(outcomes, o => o.State == PaymentState.Confirmed);
        Assert.Contains(outcomes, o => o.State == PaymentState.Reported);
        Assert.All(outcomes, o => Assert.True(RegistrationText.Fits(skks[o.SkkId].CaseType, o.Kind)));
        Assert.All(outcomes.Where(o => o.State == PaymentState.Reported), o => Assert.Equal(SkkStatus.Ditangani, skks[o.SkkId].Status));
        foreach (var skk in skks.Values.Where(s => s.CaseType == CaseType.Pwbd))
        {
            var issued = outcomes.SingleOrDefault(o => o.SkkId == skk.Id && o.Kind == RegistrationOutcomeKind.NppDiterbitkan);
            Assert.Equal(issued?.State == PaymentState.Confirmed ? issued.Npp : null, employers[skk.EmployerId].Npp);
        }
    }
}
