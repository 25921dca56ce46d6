using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>
/// Writes the synthetic rows table by table, parents first, inside the connection's transaction, and numbers the rows
/// of every case in the order they come: the same plans always get the same ids.
/// </summary>
internal sealed class SyntheticWriter : IDisposable
{
    private readonly DatunDbContext _db;
    private readonly TableWriter<Skk> _skks;
    private readonly TableWriter<ArrearsLine> _lines;
    private readonly TableWriter<JpnTeam> _teams;
    private readonly TableWriter<JpnTeamMember> _members;
    private readonly TableWriter<CaseEvent> _events;
    private readonly TableWriter<InstallmentPlan> _plans;
    private readonly TableWriter<Installment> _installments;
    private readonly TableWriter<Payment> _payments;
    private readonly TableWriter<RegistrationOutcome> _registrations;
    private readonly TableWriter<LitigationRecord> _litigations;
    private readonly TableWriter<CaseReport> _reports;

    /// <summary>The tables of the cases, written by the million.</summary>
    public static readonly Type[] CaseTables =
    [
        typeof(Skk), typeof(ArrearsLine), typeof(JpnTeam), typeof(JpnTeamMember), typeof(CaseEvent), typeof(InstallmentPlan),
        typeof(Installment), typeof(Payment), typeof(RegistrationOutcome), typeof(LitigationRecord), typeof(CaseReport), typeof(Employer),
    ];

    public SyntheticWriter(DatunDbContext db)
    {
        _db = db;
        _skks = new(db);
        _lines = new(db);
        _teams = new(db);
        _members = new(db);
        _events = new(db);
        _plans = new(db);
        _installments = new(db);
        _payments = new(db);
        _registrations = new(db);
        _litigations = new(db);
        _reports = new(db);
    }

    public void WriteReferenceData(SyntheticOffices offices, SyntheticPeople people, List<Agreement> agreements, CasePlanner planner)
    {
        Write(offices.All);
        Write(people.Roles);
        Write(people.Users);
        Write(people.UserRoles);
        Write(agreements);
        Write(planner.Employers.Select(e => new Employer
        {
            Id = e.Id, Name = e.Name, Npp = e.Registered || e.NppIssued ? e.Npp : null, Npwp = e.Npwp, Address = e.Address,
            District = e.District, Sector = e.Sector, ContactPerson = e.ContactPerson, ContactPhone = e.ContactPhone,
            WorkerCount = e.Workers + e.WorkersAdded, BpjsOfficeId = e.Bpjs.Id, CreatedAt = e.CreatedAt,
        }));
        Write(planner.Sequences);
    }

    private void Write<T>(IEnumerable<T> entities) where T : class
    {
        using var writer = new TableWriter<T>(_db);
        writer.WriteAll(entities);
    }

    public long CaseRows => _skks.Rows;
    public long PaymentRows => _payments.Rows;

    public SyntheticCounts Counts => new(_skks.Rows, _lines.Rows, _events.Rows, _plans.Rows, _installments.Rows, _payments.Rows,
        _registrations.Rows);

    public void WriteCases(IReadOnlyList<CaseRows> cases)
    {
        foreach (var rows in cases) AssignIds(rows);
        foreach (var rows in cases) _skks.Write(rows.Skk);
        foreach (var rows in cases) _lines.WriteAll(rows.Skk.ArrearsLines);
        foreach (var rows in cases) _teams.WriteAll(rows.Skk.Teams);
        foreach (var rows in cases) _members.WriteAll(rows.Skk.Teams.SelectMany(t => t.Members));
        foreach (var rows in cases) _events.WriteAll(rows.Skk.Events);
        foreach (var rows in cases.Where(r => r.Plan is not null))
        {
            _plans.Write(rows.Plan!);
            _installments.WriteAll(rows.Plan!.Installments);
        }
        foreach (var rows in cases) _payments.WriteAll(rows.Payments);
        foreach (var rows in cases) _registrations.WriteAll(rows.Registrations);
        foreach (var rows in cases.Where(r => r.Litigation is not null)) _litigations.Write(rows.Litigation!);
        foreach (var rows in cases.Where(r => r.Report is not null)) _reports.Write(rows.Report!);
    }

    private int _lineId, _teamId, _planId, _installmentId, _paymentId, _registrationId, _litigationId, _reportId;
    private long _eventId;

    private void AssignIds(CaseRows rows)
    {
        var skk = rows.Skk;
        foreach (var line in skk.ArrearsLines) (line.Id, line.SkkId) = (++_lineId, skk.Id);
        foreach (var team in skk.Teams)
        {
            (team.Id, team.SkkId) = (++_teamId, skk.Id);
            foreach (var member in team.Members) member.JpnTeamId = team.Id;
        }
        foreach (var e in skk.Events) (e.Id, e.SkkId) = (++_eventId, skk.Id);
        if (rows.Plan is { } plan)
        {
            plan.Id = ++_planId;
            foreach (var installment in plan.Installments) (installment.Id, installment.PlanId) = (++_installmentId, plan.Id);
        }
        foreach (var payment in rows.Payments) payment.Id = ++_paymentId;
        foreach (var (correction, reversed) in rows.Reversals) correction.ReversesPaymentId = reversed.Id;
        foreach (var outcome in rows.Registrations) outcome.Id = ++_registrationId;
        if (rows.Litigation is { } litigation) litigation.Id = ++_litigationId;
        if (rows.Report is { } report) report.Id = ++_reportId;
    }

    public void Dispose()
    {
        foreach (var writer in new IDisposable[] { _skks, _lines, _teams, _members, _events, _plans, _installments, _payments, _registrations, _litigations, _reports })
            writer.Dispose();
    }
}

/// <summary>How many rows of the main tables were written.</summary>
public sealed record SyntheticCounts(
    long Cases, long ArrearsLines, long CaseEvents, long InstallmentPlans, long Installments, long Payments, long RegistrationOutcomes);
